import { describe, expect, it } from 'vitest';
import type { Project } from '../../../wire/index';
import { configFromAttributes } from '../../config/fromAttributes';
import { BookingModel } from '../../model/BookingModel';
import { createFakeBackend } from '../createFakeBackend';
import { ORG, TEMPLATE_ID, template } from './testAnswers';
import { templateToProject } from './mapTemplate';

const now = () => new Date('2026-11-20T08:00:00Z');
const config = {
  backend: 'bookingtime',
  organization_id: ORG,
  booking_template_id: TEMPLATE_ID,
  client_id: 'test_widget_key_demo',
} as const;
const project: Project = templateToProject(template, 'en');

/** A model with a bookingtime config; calls go to a fake backend (the adapter file is loaded for its checks and its year limit). */
function setup(c: Record<string, unknown>) {
  const backend = createFakeBackend({
    project,
    slots: [
      {
        start: '2026-11-24T14:00:00Z',
        end: '2026-11-24T14:30:00Z',
        resources: [{ id: project.resources[0], name: 'Doc Brown', timezone: 'UTC' }],
      },
    ],
  });
  const model = new BookingModel({ config: c, backend, now, detectTimeZone: () => 'Europe/Berlin' });
  return { model, backend };
}

describe('a config with backend "bookingtime"', () => {
  it.each([
    [
      { organization_id: 'fc' + 'a'.repeat(30) },
      'organization_id',
      'must be a bookingtime organization id: "f6" and 30 letters or digits, got "fcaaaaaaaa…',
    ],
    [
      { booking_template_id: undefined },
      'booking_template_id',
      'must be a bookingtime booking template id: "fc" and 30 letters or digits, got nothing',
    ],
    [{ client_id: '' }, 'client_id', 'is required: the client id of your bookingtime module, got ""'],
    [{ auth_url: 'auth' }, 'auth_url', 'must be an http(s) URL, got "auth"'],
    [
      { booking: { graph: 'group_customer' } },
      'booking.graph',
      'must be "instant" with backend "bookingtime": bookingtime has no group sessions in its Module API',
    ],
    [
      { booking: { graph: 'instant_payment' } },
      'booking.graph',
      'must be "instant" with backend "bookingtime": bookingtime has no payments in its Module API',
    ],
  ])('%o is refused before any request, naming %s', async (change, key, message) => {
    const { model, backend } = setup({ ...config, ...change });
    await model.start();
    expect(model.phase.value).toBe('error');
    expect(model.configErrors.value).toEqual([{ key, message: expect.stringContaining(message.replace('…', '')) }]);
    expect(backend.calls).toEqual([]);
  });

  it('needs no app_key, loads the template as its project, and offers no month after the end of next year', async () => {
    const { model, backend } = setup(config);
    await model.start();
    expect(model.phase.value).toBe('calendar');
    expect(backend.calls.map((c) => c.method)).toEqual(['getProject', 'getAvailability']);
    expect(backend.calls[0].args[0]).toEqual({ id: TEMPLATE_ID });
    expect(model.config.value).toMatchObject({
      project_id: TEMPLATE_ID,
      availability: { length: '30 minutes' },
      ui: { display_name: 'Doc Brown' },
    });
    expect(model.lastDay.value).toBe('2027-12-31');
    model.focusDay('2027-12-30');
    expect(model.month.value).toBe('2027-12');
    model.focusDay('2028-01-02');
    expect(model.month.value).toBe('2027-12');
    expect(model.focusedDay.value).toBe('2027-12-30');
  });

  it('a Timekit config has no such limit', async () => {
    const { model } = setup({ app_key: 'k', resources: ['r'] });
    await model.start();
    model.focusDay('2031-01-02');
    expect(model.month.value).toBe('2031-01');
  });

  it('reads data-backend, data-organization-id, data-booking-template-id and data-client-id', () => {
    const attrs: Record<string, string> = {
      backend: 'bookingtime',
      'organization-id': ORG,
      'booking-template-id': TEMPLATE_ID,
      'client-id': 'key',
    };
    expect(configFromAttributes((n) => attrs[n] ?? null).config).toMatchObject({
      backend: 'bookingtime',
      organization_id: ORG,
      booking_template_id: TEMPLATE_ID,
      client_id: 'key',
    });
  });
});
