import { configFromAttributes, type AttributeConfig } from '../config/fromAttributes';

/** The config of an element from `data-*` attributes (or the same names without `data-`). */
export function readAttributes(el: Element): AttributeConfig {
  return configFromAttributes((name) => el.getAttribute(`data-${name}`) ?? el.getAttribute(name));
}
