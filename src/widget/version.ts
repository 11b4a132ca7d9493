/** This widget's version (Booking.js `getVersion()` answers it). */
export const VERSION = '0.1.0';
