import { isPlainObject } from './mergeConfig';

/**
 * The value at a dotted path through plain objects; `undefined` where the path leads nowhere.
 * @example getPath({ ui: { theme: 'dark' } }, 'ui.theme') // 'dark'
 */
export function getPath(value: unknown, path: string): unknown {
  return path.split('.').reduce((cur, part) => (isPlainObject(cur) ? cur[part] : undefined), value);
}
