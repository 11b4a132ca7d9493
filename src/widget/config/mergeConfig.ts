/** A plain object (not an array, function, Date or DOM node). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep-merges config layers, later layers winning. Plain objects merge key by key; arrays, functions
 * and other values replace (unlike lodash `merge`, which merges arrays by index: a local
 * `resources: [a]` must not keep a project's second resource). `undefined` never overrides.
 * @example mergeConfig({ ui: { a: 1 } }, { ui: { b: 2 } }) // { ui: { a: 1, b: 2 } }
 */
export function mergeConfig<T extends object>(...layers: Array<object | undefined | null>): T {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined || key === '__proto__' || key === 'constructor') continue;
      const prev = out[key];
      out[key] = isPlainObject(value) ? mergeConfig(isPlainObject(prev) ? prev : null, value) : value;
    }
  }
  return out as T;
}
