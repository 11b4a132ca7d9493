/**
 * The widget as a React component (`embeddable-booking-widget/react`): React and ReactDOM are the
 * app's own (optional peer dependencies); the widget itself still renders with its own Preact,
 * inside its shadow root, so the two never share a tree.
 */
import { createElement, useEffect, useRef, type CSSProperties } from 'react';
import type { WidgetConfig } from './config/types';
import type { WidgetHandle } from './mount';
import type { WidgetEventName } from './model/events';
import { mount } from './mountInBrowser';

type Pascal<S extends string> = S extends `${infer H}-${infer T}` ? `${Capitalize<H>}${Pascal<T>}` : Capitalize<S>;
/** The event `booking:slot-selected` (table name `slot-selected`) → the prop `onSlotSelected`. */
export type BookingEventProp<E extends string> = `on${Pascal<E>}`;
/** One `on…` prop per widget event (plus the popup's), called with the DOM event (`event.detail` holds the data). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BookingEventHandlers = {
  [E in WidgetEventName | 'popup-opened' | 'popup-closed' as BookingEventProp<E>]?: (event: CustomEvent<any>) => void;
};

/** Props of the React `<BookingWidget>`: the config's keys, `on…` event handlers, `className` and `style`. */
export type BookingWidgetProps = WidgetConfig & BookingEventHandlers & { className?: string; style?: CSSProperties };

/** `onSlotSelected` → `booking:slot-selected`. */
export function eventNameOf(prop: string): string {
  return 'booking:' + prop.slice(2).replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
}

/**
 * The booking widget in a React app. Mounts after the first render (never on the server), applies
 * changed config props with `update()` (a reload), re-binds changed handlers without a reload, and
 * unmounts cleanly (also under StrictMode's mount, unmount, mount).
 * @example <BookingWidget app_key="test_widget_key_demo" project_slug="doc-brown" onCreated={(e) => console.log(e.detail.data.id)} />
 */
export function BookingWidget(props: BookingWidgetProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<WidgetHandle | null>(null);
  const { className, style, ...rest } = props;
  const config: Record<string, unknown> = {};
  const handlers: Record<string, (event: CustomEvent) => void> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (/^on[A-Z]/.test(key) && typeof value === 'function') handlers[eventNameOf(key)] = value as (event: CustomEvent) => void;
    else config[key] = value;
  }
  // Config compared by content: a new object literal each render must not reload the widget.
  const key = JSON.stringify(config);
  const latest = useRef({ config, handlers });
  latest.current = { config, handlers };
  const bound = useRef(new Set<string>());
  // One listener per event name on the host; it calls whichever handler the latest props hold.
  const listen = useRef((event: Event) => latest.current.handlers[event.type]?.(event as CustomEvent));
  useEffect(() => {
    for (const name of Object.keys(handlers))
      if (!bound.current.has(name)) (bound.current.add(name), host.current!.addEventListener(name, listen.current));
  });
  useEffect(() => {
    // A changed config mounts afresh (a reload, as update() would be, but keys removed from the props go too).
    handle.current = mount(host.current!, latest.current.config as WidgetConfig);
  }, [key]);
  useEffect(
    () => () => {
      const el = host.current;
      for (const name of bound.current) el?.removeEventListener(name, listen.current);
      bound.current.clear();
      handle.current?.destroy();
      handle.current = null;
    },
    [],
  );
  return createElement('div', { ref: host, className, style, 'data-booking-widget-host': '' });
}
