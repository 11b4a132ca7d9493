import { describe, expect, it } from 'vitest';
import type { Project } from '../../wire/index';
import { configFromAttributes } from './fromAttributes';
import { mapView } from './mapView';
import { mergeConfig } from './mergeConfig';
import { prefillFromSearch, resolveConfig } from './resolveConfig';

const project: Project = {
  id: 'p1',
  name: 'Doc',
  slug: 'doc',
  resources: ['r1', 'r2'],
  availability: { length: '30 minutes', mode: 'mutual' },
  availability_constraints: [],
  booking: { graph: 'confirm_decline', what: 'Consult' },
  customer_fields: { comment: { title: 'Comment' } },
  ui: { display_name: 'Project', theme: 'dark' },
  app_key: 'secret',
};

describe('mergeConfig', () => {
  it.each([
    ['objects merge deeply', [{ ui: { a: 1 } }, { ui: { b: 2 } }], { ui: { a: 1, b: 2 } }],
    ['later wins', [{ a: 1 }, { a: 2 }], { a: 2 }],
    ['arrays replace', [{ r: [1, 2] }, { r: [3] }], { r: [3] }],
    ['undefined never overrides', [{ a: 1 }, { a: undefined }], { a: 1 }],
    ['__proto__ is ignored', [JSON.parse('{"__proto__": {"x": 1}}')], {}],
  ])('%s', (_n, layers, expected) => {
    expect(mergeConfig(...(layers as object[]))).toEqual(expected);
  });
});

describe('mapView', () => {
  it.each([
    ['month', 'month'],
    ['dayGridMonth', 'month'],
    ['agendaWeek', 'week'],
    ['timeGridWeek', 'week'],
    ['week', 'week'],
    ['listing', 'list'],
    ['listWeek', 'list'],
    ['list', 'list'],
    ['year', undefined],
    [3, undefined],
    ['toString', undefined],
  ])('%s → %s', (input, out) => expect(mapView(input)).toBe(out));
});

describe('resolveConfig', () => {
  it('puts defaults under the project under the local config', () => {
    const cfg = resolveConfig({ app_key: 'k', ui: { display_name: 'Local' }, availability: { length: '1 hour' } }, project);
    expect(cfg.ui.display_name).toBe('Local');
    expect(cfg.ui.theme).toBe('dark');
    expect(cfg.availability).toEqual({ mode: 'mutual', length: '1 hour' });
    expect(cfg.booking).toEqual({ graph: 'confirm_decline', what: 'Consult' });
    expect(cfg.project_id).toBe('p1');
    expect(cfg.project_slug).toBe('doc');
    expect(cfg).not.toHaveProperty('app_key', 'secret');
    expect(Object.keys(cfg.customer_fields)).toEqual(['name', 'email', 'comment']);
    expect(cfg.customer_fields.comment.format).toBe('textarea');
  });

  it('has Booking.js defaults without a project (month view is ours)', () => {
    const cfg = resolveConfig({ app_key: 'k' });
    expect(cfg.booking.graph).toBe('instant');
    expect(cfg.api_base_url).toBe('https://api.timekit.io/');
    expect(cfg.ui.availability_view).toBe('month');
    expect(cfg.create_booking_response_include).toEqual(['attributes', 'event', 'user']);
    expect(cfg.customer_fields.email).toMatchObject({ format: 'email', required: true });
    expect(cfg.customer_fields.email.title).toBeUndefined(); // the visitor's language titles it (nativeFieldTitle)
  });

  it('prefills fields from ?customer.<field>=', () => {
    expect(prefillFromSearch({ name: {}, email: {} }, '?customer.name=Marty%20McFly&customer.other=x')).toEqual({
      name: { prefilled: 'Marty McFly' },
      email: {},
    });
    expect(resolveConfig({ app_key: 'k' }, null, '?customer.email=m@x.io').customer_fields.email.prefilled).toBe('m@x.io');
  });
});

describe('configFromAttributes', () => {
  const read = (attrs: Record<string, string>) => (name: string) => attrs[name] ?? null;
  it('maps every attribute', () => {
    const { config, errors } = configFromAttributes(
      read({
        'app-key': 'k',
        'project-id': 'p',
        'project-slug': 's',
        'api-base-url': 'http://x/',
        resources: 'a, b,,c',
        length: '30 minutes',
        graph: 'confirm_decline',
        locale: 'de',
        timezone: 'Europe/Berlin',
        theme: 'dark',
        'brand-color': '#0b7a53',
        view: 'list',
        backend: 'timekit',
      }),
    );
    expect(errors).toEqual([]);
    expect(config).toEqual({
      app_key: 'k',
      backend: 'timekit',
      project_id: 'p',
      project_slug: 's',
      api_base_url: 'http://x/',
      resources: ['a', 'b', 'c'],
      availability: { length: '30 minutes' },
      booking: { graph: 'confirm_decline' },
      ui: { locale: 'de', timezone: 'Europe/Berlin', theme: 'dark', brand_color: '#0b7a53', availability_view: 'list' },
    });
  });
  it('puts data-config under the single attributes', () => {
    const { config } = configFromAttributes(
      read({ config: '{"ui": {"theme": "light", "display_name": "D"}, "app_key": "x"}', theme: 'dark' }),
    );
    expect(config).toEqual({ app_key: 'x', ui: { theme: 'dark', display_name: 'D' } });
  });
  it.each([
    ['{not json', /^is not valid JSON/],
    ['[1,2]', /^must be a JSON object/],
  ])('reports a bad data-config %s naming data-config', (json, message) => {
    const { errors } = configFromAttributes(read({ config: json }));
    expect(errors[0].key).toBe('data-config');
    expect(errors[0].message).toMatch(message);
  });
});
