import { useEffect, useRef } from 'preact/hooks';
import type { WidgetConfig } from './config/types';
import { mount, type MountOptions, type WidgetHandle } from './mount';

/** Props of `<BookingWidget>`. */
export interface BookingWidgetProps extends MountOptions {
  config: WidgetConfig;
  class?: string;
}

/**
 * The widget as a **Preact** component (React apps: `embeddable-booking-widget/react`): renders a host element and mounts the widget (shadow root and
 * all) into it. A new `config` object is merged over the previous one and reloads.
 * @example <BookingWidget config={{ app_key: 'test_widget_key_demo', project_slug: 'doc-brown' }} />
 */
export function BookingWidget({ config, class: className, ...options }: BookingWidgetProps) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<WidgetHandle | null>(null);
  const first = useRef(config);
  useEffect(() => {
    handle.current = mount(host.current!, first.current, options);
    return () => handle.current?.destroy();
  }, []);
  useEffect(() => {
    if (handle.current && config !== first.current) handle.current.update(config);
  }, [config]);
  return <div ref={host} class={className} data-booking-widget-host="" />;
}
