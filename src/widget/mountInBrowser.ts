import { mount as mountWidget, type WidgetHandle } from './mount';

/**
 * The npm build's `mount`: the same as `mount.ts`'s, with an error that says what to do when it
 * is called where there is no DOM (server rendering, Node).
 * @example mount('#booking', { app_key: 'test_widget_key_demo', resources: ['1111…'] })
 */
export function mount(...args: Parameters<typeof mountWidget>): WidgetHandle {
  if (typeof document === 'undefined')
    throw new Error(
      'Booking widget: mount() needs a browser (there is no document here, e.g. during server rendering); call it on the client, e.g. in useEffect or onMounted',
    );
  return mountWidget(...args);
}
