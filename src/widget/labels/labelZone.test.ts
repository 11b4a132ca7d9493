import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { labelZone } from './labelZone';

const winter = new Date('2026-11-24T15:00:00Z');
const summer = new Date('2026-07-01T00:00:00Z');

describe('labelZone: what the button does, the zone and its offset at now', () => {
  it.each([
    ['en', 'Europe/Berlin', winter, 'Change time zone, now Berlin (GMT+01:00)'],
    ['en', 'Europe/Berlin', summer, 'Change time zone, now Berlin (GMT+02:00)'],
    ['en', 'America/New_York', summer, 'Change time zone, now New York (GMT-04:00)'],
    ['en', 'Asia/Calcutta', winter, 'Change time zone, now Kolkata (GMT+05:30)'],
    ['de', 'Europe/Berlin', winter, 'Zeitzone ändern, derzeit Berlin (GMT+01:00)'],
    ['fr', 'America/New_York', summer, 'Changer de fuseau horaire (actuellement New York (UTC−04:00))'],
    ['es', 'Europe/Berlin', winter, 'Cambiar la zona horaria (ahora Berlin (GMT+01:00))'],
    ['nl', 'Europe/Berlin', winter, 'Tijdzone wijzigen, nu Berlin (GMT+01:00)'],
    ['ar', 'Europe/Berlin', winter, 'تغيير المنطقة الزمنية، الحالية: Berlin (غرينتش+01:00)'],
  ])('%s %s', (locale, zone, now, out) => expect(labelZone(createI18n({ locale }), zone, now)).toBe(out));
});
