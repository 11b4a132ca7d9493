/** Compile-time check (never run): `<booking-widget>` is known to Preact's JSX, with its attributes. */
import './preact';

export const ok = <booking-widget app-key="test_widget_key_demo" resources="1111" theme="dark" />;
// @ts-expect-error a theme that does not exist
export const badTheme = <booking-widget app-key="k" theme="pink" />;
