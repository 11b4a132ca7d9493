import { describe, expect, it } from 'vitest';
import { formatConfigError, validateConfig } from './validateConfig';

const ok = { app_key: 'test_widget_key_demo', resources: ['r1'] };

describe('validateConfig', () => {
  it.each([
    ['a good config', ok, []],
    ['no app_key', { resources: ['r1'] }, ['`app_key` is required: the public widget key of your Timekit app']],
    ['resources as a number', { ...ok, resources: 5 }, ['`resources` must be a list of resource ids, got a number']],
    [
      'resources with a non-string',
      { ...ok, resources: ['a', 3] },
      ['`resources` must be a list of resource ids, got a list with a number'],
    ],
    [
      'a bad view',
      { ...ok, ui: { availability_view: 'year' } },
      ['`ui.availability_view` must be one of month, dayGridMonth, week, agendaWeek, timeGridWeek, list, listing, listWeek, got "year"'],
    ],
    ['a bad theme', { ...ok, ui: { theme: 'pink' } }, ['`ui.theme` must be one of light, dark, auto, got "pink"']],
    ['a brand colour', { ...ok, ui: { brand_color: '#0b7a53' } }, []],
    [
      'a brand colour by name',
      { ...ok, ui: { brand_color: 'green' } },
      ['`ui.brand_color` must be a colour like #2456e6 or rgb(36, 86, 230), got "green"'],
    ],
    [
      'an unknown zone',
      { ...ok, ui: { timezone: 'Mars/Olympus' } },
      ['`ui.timezone` must be an IANA time zone like Europe/Berlin, got "Mars/Olympus"'],
    ],
    [
      'a language folder that is not a URL string',
      { ...ok, ui: { localization_url: 7 } },
      ['`ui.localization_url` must be the URL of the folder holding the language files (de.json, …), got a number'],
    ],
    [
      'an empty language folder',
      { ...ok, ui: { localization_url: ' ' } },
      ['`ui.localization_url` must be the URL of the folder holding the language files (de.json, …), got " "'],
    ],
    [
      'a bad graph',
      { ...ok, booking: { graph: 'instantly' } },
      [
        '`booking.graph` must be one of instant, confirm_decline, instant_payment, group_owner, group_customer, group_customer_payment, got "instantly"',
      ],
    ],
    [
      'a hold too long',
      { ...ok, booking: { hold: '2 hours' } },
      ['`booking.hold` must be a duration from "30 seconds" to "30 minutes", like "5 minutes", got "2 hours"'],
    ],
    [
      'a hold that is a number',
      { ...ok, booking: { hold: 300 } },
      ['`booking.hold` must be a duration from "30 seconds" to "30 minutes", like "5 minutes", got a number'],
    ],
    ['a short hold', { ...ok, booking: { hold: '30 seconds' } }, []],
    ['a bad length', { ...ok, availability: { length: 30 } }, ['`availability.length` must be a duration like "30 minutes", got a number']],
    [
      'a callback that is not a function',
      { ...ok, callbacks: { renderCompleted: 'x' } },
      ['`callbacks.renderCompleted` must be a function, got "x"'],
    ],
    [
      'a select without options',
      { ...ok, customer_fields: { size: { format: 'select' } } },
      ['`customer_fields.size.enum` is required for a select field: the list of options'],
    ],
    [
      'a field format typo',
      { ...ok, customer_fields: { note: { format: 'textbox' } } },
      ['`customer_fields.note.format` must be one of text, email, tel, textarea, select, checkbox, label, string, got "textbox"'],
    ],
    [
      'a field that is not an object',
      { ...ok, customer_fields: { note: 'x' } },
      ['`customer_fields.note` must be an object like { title: "…", required: true }, got "x"'],
    ],
    [
      'options with an empty one',
      { ...ok, customer_fields: { size: { format: 'select', enum: ['S', ''] } } },
      ['`customer_fields.size.enum` must be a list of options, got a list with ""'],
    ],
    [
      'a field title that is not a string',
      { ...ok, customer_fields: { note: { title: 3 } } },
      ['`customer_fields.note.title` must be a string, got a number'],
    ],
    [
      'constraints that are not objects',
      { ...ok, availability_constraints: [1] },
      ['`availability_constraints` must be a list of constraint objects, got a list'],
    ],
    ['a timeout of 0', { ...ok, request_timeout: 0 }, ['`request_timeout` must be a number of milliseconds above 0, got a number']],
    ['a flag that is not a boolean', { ...ok, ui: { show_credits: 'yes' } }, ['`ui.show_credits` must be true or false, got "yes"']],
    [
      'a field or callback left undefined, like any absent key',
      { ...ok, customer_fields: { note: undefined }, callbacks: { renderCompleted: undefined } },
      [],
    ],
    [
      'a non-URL base',
      { ...ok, api_base_url: 'localhost:8787' },
      ['`api_base_url` must be an http(s) URL like https://api.timekit.io/, got "localhost:8787"'],
    ],
    ['the timekit backend', { ...ok, backend: 'timekit' }, []],
    ['an unknown backend', { ...ok, backend: 'calendly' }, ['`backend` must be one of timekit, bookingtime, got "calendly"']],
    ['not an object', 'hello', ['`config` must be an object of settings, got "hello"']],
  ])('%s', (_name, config, expected) => {
    expect(validateConfig(config).map(formatConfigError)).toEqual(expected);
  });

  it.each([
    ['resources missing without a project', { app_key: 'k' }, ['resources']],
    ['a project instead of resources', { app_key: 'k', project_id: 'p' }, []],
    ['group mode needs no resources', { app_key: 'k', booking: { graph: 'group_customer' } }, []],
  ])('resolved stage: %s', (_name, config, keys) => {
    expect(validateConfig(config, 'resolved').map((e) => e.key)).toEqual(keys);
  });
});
