import { afterEach, describe, expect, it, vi } from 'vitest';
import { suggest, unknownAttributes, unknownKeys, warnUnknown } from './unknownKeys';

describe('unknownKeys', () => {
  it.each([
    [
      'a good config',
      { app_key: 'k', ui: { display_name: 'D', floating_button: { text: 'Book' } }, customer_fields: { phone: { title: 'P' } } },
      [],
    ],
    ['a misspelt ui key', { ui: { dispaly_name: 'D' } }, [{ name: 'ui.dispaly_name', suggestion: 'ui.display_name' }]],
    ['a misspelt top key', { availabilty: {} }, [{ name: 'availabilty', suggestion: 'availability' }]],
    ['a key nothing is close to', { colour_scheme: 'x' }, [{ name: 'colour_scheme', suggestion: undefined }]],
    [
      'inside a customer field',
      { customer_fields: { phone: { titel: 'P' } } },
      [{ name: 'customer_fields.phone.titel', suggestion: 'customer_fields.phone.title' }],
    ],
    ['booking stays open', { booking: { anything: 1 } }, []],
    [
      'inside the floating button',
      { ui: { floating_button: { text: 'B', postion: 'bottom-left' } } },
      [{ name: 'ui.floating_button.postion', suggestion: 'ui.floating_button.position' }],
    ],
    ['not an object', 'x', []],
  ])('%s', (_n, config, expected) => expect(unknownKeys(config)).toEqual(expected));
});

describe('suggest', () => {
  it.each([
    ['lenght', 'length'],
    ['them', 'theme'],
    ['APP_KEY', 'app_key'],
    ['zzzzzz', undefined],
  ])('%s → %s', (name, out) => expect(suggest(name, ['length', 'theme', 'app_key', 'locale'])).toBe(out));
});

describe('unknownAttributes and warnUnknown', () => {
  afterEach(() => vi.restoreAllMocks());
  it('names each unknown data- attribute of a widget element once, with a suggestion', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div data-booking-widget data-lenght="30 minutes" data-them="dark" data-app-key="k" data-testid="x"></div>';
    expect(unknownAttributes(el.firstElementChild!)).toEqual([
      { name: 'data-lenght', suggestion: 'data-length' },
      { name: 'data-them', suggestion: 'data-theme' },
      { name: 'data-testid', suggestion: undefined },
    ]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnUnknown({ ui: { dispaly_name: 'D' } }, el.firstElementChild!);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      'Booking widget: unknown attribute `data-lenght` (did you mean `data-length`?); it is ignored',
      'Booking widget: unknown attribute `data-them` (did you mean `data-theme`?); it is ignored',
      'Booking widget: unknown attribute `data-testid`; it is ignored',
      'Booking widget: unknown config key `ui.dispaly_name` (did you mean `ui.display_name`?); it is ignored',
    ]);
  });
  it('leaves elements that are not widget elements alone', () => {
    const el = document.createElement('div');
    el.setAttribute('data-lenght', '1');
    expect(unknownAttributes(el)).toEqual([]);
  });
});
