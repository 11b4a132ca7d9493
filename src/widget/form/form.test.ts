import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { resolveConfig } from '../config/resolveConfig';
import { buildBookingRequest } from './buildBookingRequest';
import { initialValues, toFormFields } from './fields';
import { validateForm } from './validateForm';

const i18n = createI18n({ locale: 'en' });
const slot = {
  start: '2026-11-24T14:00:00Z',
  end: '2026-11-24T14:30:00Z',
  resources: [{ id: 'd1', name: 'Doc', timezone: 'America/Los_Angeles' }],
};

describe('toFormFields', () => {
  it('normalises formats, titles and split names', () => {
    const fields = toFormFields({
      name: { title: 'Name', required: true, split_name: true },
      email: { format: 'text' },
      size: { format: 'select', enum: ['S', 'M'] },
      topics: { format: 'checkbox', enum: ['a', 'b'] },
      agree: { format: 'checkbox', title: 'I agree' },
      note: { format: 'label', title: 'Bring shoes' },
      city: { format: 'string' as never },
    });
    expect(fields.map((f) => [f.key, f.format, f.title])).toEqual([
      ['first_name', 'text', 'First Name'],
      ['last_name', 'text', 'Last Name'],
      ['email', 'email', 'email'],
      ['size', 'select', 'size'],
      ['topics', 'multi', 'topics'],
      ['agree', 'checkbox', 'I agree'],
      ['note', 'label', 'Bring shoes'],
      ['city', 'text', 'city'],
    ]);
  });

  it('starts from prefills and keeps earlier answers unless read-only', () => {
    const fields = toFormFields({
      name: { prefilled: 'Marty' },
      email: { prefilled: 'a@b.co', readonly: true },
      agree: { format: 'checkbox', prefilled: true },
      size: { format: 'select', enum: ['S'], prefilled: 'X' },
    });
    expect(initialValues(fields)).toEqual({ name: 'Marty', email: 'a@b.co', agree: true, size: '' });
    expect(initialValues(fields, { name: 'Doc', email: 'x@y.z' })).toMatchObject({ name: 'Doc', email: 'a@b.co' });
  });
});

describe('validateForm', () => {
  const fields = toFormFields({
    name: { title: 'Name', required: true },
    email: { title: 'E-mail', required: true },
    phone: { title: 'Phone', format: 'tel' },
    agree: { title: 'Terms', format: 'checkbox', required: true },
    topics: { title: 'Topics', format: 'checkbox', enum: ['a'], required: true },
  });
  it.each([
    [{ name: 'M', email: 'm@x.io', phone: '', agree: true, topics: ['a'] }, {}],
    [{ name: '  ', email: 'm@x.io', agree: true, topics: ['a'] }, { name: 'Name is required' }],
    [{ name: 'M', email: 'm@x', agree: true, topics: ['a'] }, { email: 'E-mail must be an email address like name@example.com' }],
    [
      { name: 'M', email: 'm@x.io', phone: '555-abc', agree: true, topics: ['a'] },
      { phone: 'Phone may only hold digits, spaces and + ( ) -' },
    ],
    [
      { name: 'M', email: 'm@x.io', phone: '+1 (555) 010-0', agree: false, topics: [] },
      { agree: 'Terms is required', topics: 'Topics is required' },
    ],
  ])('%j', (values, errors) => expect(validateForm(fields, values, i18n)).toEqual(errors));
});

describe('buildBookingRequest', () => {
  it('builds the flat Booking.js body in the customer zone', () => {
    const config = resolveConfig({
      app_key: 'k',
      resources: ['d1'],
      customer_fields: { phone: { title: 'Phone' }, company: { title: 'Company' }, hint: { format: 'label', title: 'x' } },
    });
    const req = buildBookingRequest({
      config,
      slot,
      values: { name: 'Marty', email: ' m@x.io ', phone: '555', company: 'Twin Pines' },
      timeZone: 'Europe/Berlin',
    });
    expect(req).toEqual({
      start: '2026-11-24T15:00:00+01:00',
      end: '2026-11-24T15:30:00+01:00',
      what: 'Meeting with Marty',
      where: 'TBD',
      description: 'Name: Marty\nEmail: m@x.io\nPhone: 555\nCompany: Twin Pines\n',
      customer: { name: 'Marty', email: 'm@x.io', timezone: 'Europe/Berlin', phone: '555', company: 'Twin Pines' },
      resource_id: 'd1',
      graph: 'instant',
    });
  });

  it('sends project_id instead of what/where, and booking.* on top', () => {
    const config = resolveConfig({ app_key: 'k', project_id: 'p1', booking: { graph: 'confirm_decline', what: 'Consult' } });
    const req = buildBookingRequest({ config, slot, values: { name: 'M', email: 'm@x.io' }, timeZone: 'UTC' });
    expect(req).toMatchObject({ project_id: 'p1', graph: 'confirm_decline', what: 'Consult', start: '2026-11-24T14:00:00+00:00' });
    expect(req).not.toHaveProperty('where');
  });

  it('joins split names and books a group seat', () => {
    const config = resolveConfig({ app_key: 'k', booking: { graph: 'group_customer' } });
    const group = { ...slot, group: { id: 'owner1', resourceId: 'd1', what: 'W', maxSeats: 5, takenSeats: 1 } };
    const req = buildBookingRequest({
      config,
      slot: group,
      values: { first_name: 'Marty', last_name: 'McFly', email: 'm@x.io' },
      timeZone: 'UTC',
      seats: 2,
    });
    expect(req.customer).toMatchObject({ name: 'Marty McFly', first_name: 'Marty', last_name: 'McFly' });
    expect(req.related).toEqual({ owner_booking_id: 'owner1', seats: 2 });
  });
});
