/** @jsxImportSource react */
/** Compile-time check (never run): `<booking-widget>` is known to React's JSX, and the React component's props are exact. */
import './react';
import { BookingWidget } from '../react';

export const ok = <booking-widget app-key="test_widget_key_demo" resources="1111" theme="dark" />;
// @ts-expect-error a theme that does not exist
export const badTheme = <booking-widget app-key="k" theme="pink" />;
export const component = <BookingWidget app_key="k" ui={{ display_name: 'Doc' }} onCreated={(e) => console.log(e.detail)} />;
// @ts-expect-error a misspelt config key
export const typo = <BookingWidget app_key="k" ui={{ dispaly_name: 'Doc' }} />;
// @ts-expect-error an event the widget does not send
export const badEvent = <BookingWidget app_key="k" onBooked={() => {}} />;
