import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { labelSeatRefusal, labelSeatsLeft, labelSession } from './labelSession';

const gb = createI18n({ locale: 'en-GB' });
const us = createI18n({ locale: 'en-US' });

describe('group session labels', () => {
  const session = (taken: number, max = 20) => ({
    start: '2026-11-24T18:00:00Z',
    end: '2026-11-24T19:00:00Z',
    resources: [{ id: 'd', name: 'Doc Brown', timezone: '' }],
    group: { id: 'g', resourceId: 'd', what: 'Flux capacitance webinar', where: 'Online', maxSeats: max, takenSeats: taken },
  });
  it.each([
    [gb, 17, 20, 'America/Los_Angeles', 'Flux capacitance webinar, Tuesday, 24 November 2026, 10:00, 3 of 20 seats left'],
    [us, 17, 20, 'America/Los_Angeles', 'Flux capacitance webinar, Tuesday, November 24, 2026, 10:00 AM, 3 of 20 seats left'],
    [us, 19, 20, 'UTC', 'Flux capacitance webinar, Tuesday, November 24, 2026, 6:00 PM, 1 of 20 seat left'],
    [us, 20, 20, 'UTC', 'Flux capacitance webinar, Tuesday, November 24, 2026, 6:00 PM, Sold out'],
    [us, 25, 20, 'UTC', 'Flux capacitance webinar, Tuesday, November 24, 2026, 6:00 PM, Sold out'],
    [
      createI18n({ locale: 'de' }),
      18,
      20,
      'Europe/Berlin',
      'Flux capacitance webinar, Dienstag, 24. November 2026, 19:00, Noch 2 von 20 Plätzen frei',
    ],
    [createI18n({ locale: 'fr' }), 20, 20, 'Europe/Paris', 'Flux capacitance webinar, mardi 24 novembre 2026, 19:00, Complet'],
  ])('labelSession %#', (i18n, taken, max, zone, out) => expect(labelSession(i18n, session(taken, max), zone)).toBe(out));

  it('labelSeatsLeft', () => {
    expect(labelSeatsLeft(gb, session(0))).toBe('20 of 20 seats left');
    expect(labelSeatsLeft(gb, session(20))).toBe('Sold out');
  });
});

describe('labelSeatRefusal', () => {
  it.each([
    [gb, { kind: 'only', left: 2 }, 'Only 2 seats left. Your details are kept.'],
    [gb, { kind: 'only', left: 1 }, 'Only 1 seat left. Your details are kept.'],
    [gb, { kind: 'sold_out' }, 'This session just sold out. Choose another one; your details are kept.'],
    [createI18n({ locale: 'de' }), { kind: 'only', left: 1 }, 'Nur noch 1 Platz frei. Ihre Angaben bleiben erhalten.'],
    [createI18n({ locale: 'ar' }), { kind: 'only', left: 2 }, 'بقي مقعدان فقط. بياناتك محفوظة.'],
  ] as const)('%#', (i18n, refusal, out) => expect(labelSeatRefusal(i18n, refusal)).toBe(out));
});
