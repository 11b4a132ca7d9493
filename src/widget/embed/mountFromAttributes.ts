import { configFromAttributes } from '../config/fromAttributes';
import { mount, type WidgetHandle } from '../mount';

/**
 * Mounts a widget on `el` with the config of its `data-*` attributes (or the same names without
 * `data-`); a bad `data-config` shows in the widget's error view.
 * @example mountFromAttributes(document.querySelector('[data-booking-widget]')!)
 */
export function mountFromAttributes(el: Element): WidgetHandle {
  const { config, errors } = configFromAttributes((name) => el.getAttribute(`data-${name}`) ?? el.getAttribute(name));
  return mount(el, config, { initialErrors: errors });
}
