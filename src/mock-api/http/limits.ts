import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HttpError, validationError } from './errors';

/**
 * The bounds of every request (our choice; the contract's "Limits"). Past one the answer is a 4xx
 * in the contract's error shape naming the field: 413 for a body too large, 422 otherwise.
 * Depth 16 keeps every stored value well inside what `JSON.stringify` can write back.
 */
export const LIMITS = {
  bodyBytes: 512 * 1024,
  depth: 16,
  arrayLength: 1000,
  objectKeys: 200,
  keyLength: 200,
  stringLength: 20_000,
  queryParams: 50,
  queryValueLength: 2000,
  headerValueLength: 8192,
  headerBytes: 32 * 1024,
} as const;

const tooLarge = () => {
  throw new HttpError(413, { errors: { body: [`is larger than ${LIMITS.bodyBytes} bytes`] } });
};

/**
 * Bounds the body size (streamed, before it is buffered), the query string and the headers of
 * every request, before auth or any route reads them.
 */
export function requestLimits(): MiddlewareHandler {
  const body = bodyLimit({ maxSize: LIMITS.bodyBytes, onError: tooLarge });
  return async (c, next) => {
    const errors: Record<string, string[]> = Object.create(null);
    let headerBytes = 0;
    c.req.raw.headers.forEach((value, name) => {
      headerBytes += name.length + value.length + 4;
      if (value.length > LIMITS.headerValueLength) errors[name] = [`header must be at most ${LIMITS.headerValueLength} characters`];
    });
    if (headerBytes > LIMITS.headerBytes)
      throw new HttpError(431, { error: `Request headers are larger than ${LIMITS.headerBytes} bytes` });
    const query = new URL(c.req.url).searchParams;
    let count = 0;
    query.forEach((value, key) => {
      count++;
      if (value.length > LIMITS.queryValueLength) errors[key.slice(0, 100)] = [`must be at most ${LIMITS.queryValueLength} characters`];
    });
    if (count > LIMITS.queryParams) errors.query = [`must have at most ${LIMITS.queryParams} parameters`];
    if (Object.keys(errors).length) throw validationError(errors);
    return body(c, next);
  };
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) max = Math.max(max, ++depth);
    else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return max;
}

/**
 * Every place `value` passes a limit, named by its dotted path (`customer.notes`, `bookings.3`):
 * arrays, objects, keys and strings. `__proto__` is refused as a key: no field has that name, and
 * merging it anywhere would reach an object's prototype.
 */
export function limitProblems(value: unknown, path = '', errors: Record<string, string[]> = Object.create(null)): Record<string, string[]> {
  const name = path || 'body';
  const add = (field: string, message: string) => {
    if (Object.keys(errors).length < 20) (errors[field] ??= []).push(message);
  };
  if (typeof value === 'string') {
    if (value.length > LIMITS.stringLength) add(name, `must be at most ${LIMITS.stringLength} characters`);
  } else if (Array.isArray(value)) {
    if (value.length > LIMITS.arrayLength) add(name, `must have at most ${LIMITS.arrayLength} items`);
    else value.forEach((item, i) => limitProblems(item, path ? `${path}.${i}` : String(i), errors));
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    if (keys.length > LIMITS.objectKeys) return (add(name, `must have at most ${LIMITS.objectKeys} keys`), errors);
    for (const key of keys) {
      const field = path ? `${path}.${key.slice(0, 100)}` : key.slice(0, 100);
      if (key === '__proto__') add(field, 'is not a field name this API accepts');
      else if (key.length > LIMITS.keyLength) add(field, `key must be at most ${LIMITS.keyLength} characters`);
      else limitProblems((value as Record<string, unknown>)[key], field, errors);
    }
  }
  return errors;
}
