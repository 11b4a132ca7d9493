import type { ApiResponse } from '../api/types';
import type { WidgetConfig } from '../config/types';
import { getPath } from '../config/getPath';
import { isPlainObject } from '../config/mergeConfig';
import type { FormValues } from '../form/fields';
import { mount, type WidgetHandle } from '../mount';
import { openPopup } from './popupTriggers';
import { VERSION } from '../version';
import type { Booking } from '../../wire/index';

/** The element `el` names: an element, `#id`, any selector, or a bare id as Booking.js accepted. */
export function findTarget(el: string | Element | undefined, doc: Document): Element | null {
  const sel = el ?? '#bookingjs';
  if (typeof sel !== 'string') return sel;
  return /^[\w-]+$/.test(sel) ? doc.getElementById(sel) : doc.querySelector(sel);
}

/**
 * Booking.js v3's global API: `new TimekitBooking().init(config)` renders into `config.el`
 * (default `#bookingjs`); `render`, `destroy`, `getConfig`, `getVersion`, `timekitCreateBooking`.
 * @example new TimekitBooking().init({ app_key: 'test_widget_key_demo', resources: ['1111…'] })
 */
export class TimekitBooking {
  /** Ours: opens the widget in a modal dialog; returns `{ close() }`. */
  static openPopup = openPopup;
  private handle: WidgetHandle | null = null;
  private config: WidgetConfig = {};

  /** Mounts the widget with `config` (re-initialising replaces the earlier widget). */
  init(config?: WidgetConfig, global?: Window): this {
    const doc = (global ?? window).document;
    this.config = isPlainObject(config) ? config : {};
    const target = findTarget(this.config.el, doc);
    if (!target) {
      console.error(
        `TimekitBooking: no target DOM element was found (${String(this.config.el ?? '#bookingjs')}); set \`el\` to a selector of an element on the page`,
      );
      return this;
    }
    this.handle?.destroy();
    const { el: _el, autoload: _a, ...rest } = this.config;
    this.handle = mount(target, rest, {
      initialErrors: Object.keys(this.config).length
        ? []
        : [{ key: 'config', message: 'No configuration was supplied. Please supply a config object upon library initialization' }],
    });
    return this;
  }

  /** Fetches the times again and re-renders. */
  render(): this {
    void this.handle?.model.refresh();
    return this;
  }

  /** Removes the widget. */
  destroy(): void {
    this.handle?.destroy();
    this.handle = null;
  }

  /** The config, Booking.js style: `getConfig().all()` and `getConfig().get('ui.display_name')`. */
  getConfig(): { all(): WidgetConfig; get(path: string): unknown } {
    const all = () => (this.handle ? this.handle.model.config.peek() : this.config);
    return {
      all,
      get: (path) => getPath(all(), path),
    };
  }

  /** This widget's version. */
  getVersion(): string {
    return VERSION;
  }

  /** Ours: the host took the payment of `bookingId` (see `booking:payment-required`); the confirmation shows "Paid". */
  markPaid(bookingId: string, booking?: Booking): boolean {
    return this.handle?.markPaid(bookingId, booking) ?? false;
  }

  /** Books without the form (Booking.js signature); `eventData` is `{start, end, resources}` or a FullCalendar event. */
  timekitCreateBooking(
    formData: FormValues,
    eventData: Parameters<WidgetHandle['model']['createBookingDirect']>[1],
  ): Promise<ApiResponse<Booking>> {
    if (!this.handle) return Promise.reject(new Error('TimekitBooking: call init(config) before timekitCreateBooking'));
    return this.handle.model.createBookingDirect(formData, eventData);
  }
}
