import type { Appointment, BookingResource, BookingTemplate, ModuleEnvelope } from '../../../wire/bookingtime';

/** Recorded-style Module API answers (shapes of the SDK's mock answers) for the adapter's tests. */
export const ORG = 'f6bbbbbbbb0000400080000000000000';
export const TEMPLATE_ID = 'fcaaaaaaaa0000400080000000000000';
export const DOC = 'br111111111111411181111111111111';

export const docBrown: BookingResource = {
  class: 'BOOKING_RESOURCE',
  id: DOC,
  customId: null,
  type: 'EMPLOYEE',
  name: 'Doc Brown',
  firstName: 'Emmett',
  lastName: 'Brown',
  gender: 'MALE',
  title: null,
  description: null,
  image: null,
  additionalData: null,
};

export const template: BookingTemplate = {
  class: 'BOOKING_TEMPLATE',
  id: TEMPLATE_ID,
  customId: null,
  name: 'Meet Doc Brown',
  nameI18nList: { de: 'Treffen mit Doc Brown' },
  image: null,
  duration: 30,
  showPrice: true,
  priceGross: 49.5,
  currency: 'EUR',
  taxRate: 19,
  description: 'Flux capacitor questions',
  descriptionI18nList: null,
  appointmentAddressRequired: false,
  customerAddressRequired: false,
  customerEmailRequired: true,
  customerMobileRequired: false,
  bookingDayEarliest: 0,
  bookingDayLatest: null,
  bookingLeadTime: 0,
  address: null,
  bookingStepList: [
    { class: 'BOOKING_STEP', name: 'Who', selectionQuantity: 1, selectionDisplay: 'LIST', bookingResourceList: [docBrown] },
  ],
  additionalData: null,
};

export const appointment: Appointment = {
  class: 'APPOINTMENT',
  id: 'ed0123456789abcdef0123456789abcd',
  customId: null,
  start: '2026-03-02T09:00:00-08:00',
  end: '2026-03-02T09:30:00-08:00',
  duration: 30,
  timeZone: 'America/Los_Angeles',
  name: 'Meet Doc Brown',
  description: 'Flux capacitor questions',
  showPrice: true,
  priceGross: 49.5,
  taxRate: 19,
  currency: 'EUR',
  customer: { class: 'CUSTOMER', firstName: 'Marty', lastName: 'McFly', email: 'marty@hillvalley.example', mobile: null },
  address: null,
  canceled: false,
  moved: false,
  bookingResourceList: [docBrown],
  organizationId: ORG,
};

/** An envelope around `content` with optional messages. */
export const envelope = <T>(content: T | null, messageList: ModuleEnvelope<T>['messageList'] = []): ModuleEnvelope<T> => ({
  messageList,
  content,
});

/** An envelope of one error message about `parameter`. */
export const refusal = (parameter: string | null, text: string): ModuleEnvelope<null> =>
  envelope(null, [{ class: 'MESSAGE', type: 'error', parameter, text }]);
