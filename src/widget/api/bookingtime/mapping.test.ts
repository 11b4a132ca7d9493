import { describe, expect, it } from 'vitest';
import type { BookingSlot, RangeList } from '../../../wire/bookingtime';
import type { CreateBookingRequest } from '../../../wire/index';
import { appointmentToBooking } from './mapAppointment';
import { rangeToSlots } from './mapSlots';
import { templateResources, templateToProject } from './mapTemplate';
import { slotMonths } from './slotMonths';
import { DOC, appointment, docBrown, refusal, template } from './testAnswers';
import { splitName, toAppointmentAdd } from './toAppointmentAdd';
import { toModuleError } from './toModuleError';

describe('templateToProject', () => {
  it('maps name, duration, description, resources, price and the host', () => {
    const p = templateToProject(template, 'en');
    expect(p).toMatchObject({
      id: template.id,
      name: 'Meet Doc Brown',
      resources: [DOC],
      availability: { length: '30 minutes' },
      booking: {
        graph: 'instant',
        what: 'Meet Doc Brown',
        description: 'Flux capacitor questions',
        price: { gross: 49.5, currency: 'EUR', tax_rate: 19 },
      },
      ui: { display_name: 'Doc Brown' },
    });
  });
  it('uses the localized name when the template has one', () => {
    expect(templateToProject(template, 'de').name).toBe('Treffen mit Doc Brown');
  });
  it.each([
    [
      { customerEmailRequired: true, customerMobileRequired: false },
      { name: true, email: true, comment: false },
    ],
    [
      { customerEmailRequired: false, customerMobileRequired: true },
      { name: true, email: false, phone: true, comment: false },
    ],
    [
      { customerEmailRequired: false, customerMobileRequired: false },
      { name: true, email: false, comment: false },
    ],
  ])('required customer fields %o → %o', (flags, required) => {
    const fields = templateToProject({ ...template, ...flags }, 'en').customer_fields;
    expect(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, !!f.required]))).toEqual(required);
  });
  it('hides the price when the template does not show it, names a team by the template', () => {
    const other = { ...docBrown, id: 'br222222222222422282222222222222', name: 'Marty' };
    const p = templateToProject(
      {
        ...template,
        showPrice: false,
        bookingStepList: [{ ...template.bookingStepList[0], bookingResourceList: [docBrown, other, docBrown] }],
      },
      'en',
    );
    expect(p.booking.price).toBeUndefined();
    expect(p.resources).toEqual([DOC, other.id]);
    expect(p.ui.display_name).toBe('Meet Doc Brown');
    expect(templateResources({ ...template, bookingStepList: [] })).toEqual([]);
  });
});

describe('rangeToSlots', () => {
  const range = (list: BookingSlot[]): RangeList<BookingSlot> => ({
    class: 'RANGE_LIST',
    rangeStart: '2026-03-01',
    rangeEnd: '2026-03-31',
    timeZone: 'America/Los_Angeles',
    list,
  });
  it.each([
    [
      'ends one duration later',
      '2026-03-02T09:00:00-08:00',
      [DOC],
      30,
      {
        start: '2026-03-02T09:00:00-08:00',
        end: '2026-03-02T17:30:00.000Z',
        resources: [{ id: DOC, name: 'Doc Brown', timezone: 'America/Los_Angeles' }],
      },
    ],
    [
      'unknown resource keeps its id',
      '2026-03-02T09:00:00+01:00',
      ['brzzz'],
      90,
      {
        start: '2026-03-02T09:00:00+01:00',
        end: '2026-03-02T09:30:00.000Z',
        resources: [{ id: 'brzzz', name: 'brzzz', timezone: 'America/Los_Angeles' }],
      },
    ],
  ])('%s', (_name, timestamp, combination, duration, slot) => {
    expect(
      rangeToSlots(range([{ class: 'BOOKING_SLOT', id: '4fx', timestamp, bookingResourceCombination: combination }]), duration, [docBrown]),
    ).toEqual([slot]);
  });
});

describe('appointmentToBooking', () => {
  it.each([
    [false, 'confirmed'],
    [true, 'cancelled'],
  ])('canceled %s → %s, with customer, times and host', (canceled, state) => {
    const b = appointmentToBooking({ ...appointment, canceled });
    expect(b).toMatchObject({
      id: appointment.id,
      graph: 'instant',
      state,
      attributes: { event_info: { start: appointment.start, end: appointment.end, what: 'Meet Doc Brown' } },
      customers: [{ name: 'Marty McFly', email: 'marty@hillvalley.example' }],
      resource: { id: DOC, name: 'Doc Brown' },
    });
  });
});

describe('toAppointmentAdd', () => {
  const req: CreateBookingRequest = {
    graph: 'instant',
    start: '2026-03-02T09:00:00-08:00',
    end: '2026-03-02T09:30:00-08:00',
    resource_id: DOC,
    customer: {
      name: 'Marty McFly',
      email: 'marty@hillvalley.example',
      timezone: 'Europe/Berlin',
      comment: 'Bring plutonium',
      phone: '+1 555',
      hoverboard: 'yes',
    },
  };
  it('sends the slot id, the split name, mobile, notes, language and custom fields', () => {
    expect(toAppointmentAdd(req, '4fabc', 'de')).toEqual({
      bookingSlotId: '4fabc',
      notes: 'Bring plutonium',
      customer: { firstName: 'Marty', lastName: 'McFly', email: 'marty@hillvalley.example', mobile: '+1 555', locale: 'de' },
      additionalData: { hoverboard: 'yes' },
    });
  });
  it('prefers the form’s split first and last name', () => {
    expect(
      toAppointmentAdd({ ...req, customer: { name: 'x', email: '', first_name: 'Emmett L.', last_name: 'Brown' } }, '4f', 'en').customer,
    ).toEqual({ firstName: 'Emmett L.', lastName: 'Brown', locale: 'en' });
  });
  it.each([
    ['Marty McFly', 'Marty', 'McFly'],
    ['  Emmett  Lathrop Brown ', 'Emmett Lathrop', 'Brown'],
    ['Einstein', '', 'Einstein'],
    ['', '', ''],
  ])('splitName(%j)', (name, firstName, lastName) => expect(splitName(name)).toEqual({ firstName, lastName }));
});

describe('toModuleError', () => {
  it.each([
    [
      422,
      refusal('customer.email', 'is not a valid email address'),
      'validation',
      { email: ['is not a valid email address'] },
      'customer.email: is not a valid email address',
    ],
    [
      422,
      refusal('customer.lastName', 'must not be empty'),
      'validation',
      { name: ['must not be empty'] },
      'customer.lastName: must not be empty',
    ],
    [
      409,
      refusal('bookingSlotId', 'is no longer free'),
      'validation',
      { start: ['is no longer free'] },
      'bookingSlotId: is no longer free',
    ],
    [409, refusal(null, 'taken'), 'validation', { start: ['taken'] }, 'taken'],
    [401, refusal(null, 'token expired'), 'unauthorized', {}, 'token expired'],
    [
      403,
      refusal('organizationId', 'other organization'),
      'forbidden',
      { organizationId: ['other organization'] },
      'organizationId: other organization',
    ],
    [
      404,
      refusal('bookingTemplateId', 'does not exist'),
      'not_found',
      { bookingTemplateId: ['does not exist'] },
      'bookingTemplateId: does not exist',
    ],
    [502, undefined, 'server', {}, 'HTTP 502'],
  ])('%i %j', (status, body, kind, fields, message) => {
    const e = toModuleError(status, body);
    expect([e.kind, e.status, e.fields, e.message]).toEqual([kind, status, fields, message]);
  });
  it('skips info and warning messages', () => {
    const body = {
      messageList: [
        { class: 'MESSAGE', type: 'info', parameter: null, text: 'hello' },
        { class: 'MESSAGE', type: 'error', parameter: 'x', text: 'bad' },
      ],
      content: null,
    };
    expect(toModuleError(422, body).message).toBe('x: bad');
  });
});

describe('slotMonths', () => {
  it.each([
    ['2026-03-02', undefined, ['2026-03', '2026-04']],
    ['2026-03-31', undefined, ['2026-03', '2026-04']],
    ['2026-03-10', '2026-03-20', ['2026-03']],
    ['2026-12-20', undefined, ['2026-12', '2027-01']],
    ['2026-01-10', '2026-06-01', ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']],
    // Never past the end of the following year.
    [
      '2026-11-10',
      '2028-03-01',
      [
        '2026-11',
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
        '2027-10',
        '2027-11',
        '2027-12',
      ],
    ],
  ])('%s to %s', (today, last, months) => expect(slotMonths(today, last)).toEqual(months));
});
