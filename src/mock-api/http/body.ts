import type { Context } from 'hono';
import { HttpError, invalid, validationError } from './errors';
import { LIMITS, jsonDepth, limitProblems } from './limits';

/**
 * The request body as a JSON object. An empty body is `{}`; malformed JSON is a 400 naming
 * `body`; JSON that is not an object is a 422 naming `body`; a body past `LIMITS` (size, depth,
 * array and string length, keys) is a 413 or a 422 naming the field, checked before any route
 * reads it, so nothing unbounded is ever stored.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (Buffer.byteLength(text) > LIMITS.bodyBytes)
    throw new HttpError(413, { errors: { body: [`is larger than ${LIMITS.bodyBytes} bytes`] } });
  if (text.trim() === '') return {};
  if (jsonDepth(text) > LIMITS.depth) throw invalid('body', `must not nest arrays and objects more than ${LIMITS.depth} deep`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : 'parse error';
    throw new HttpError(400, { errors: { body: [`is not valid JSON (${why}); send a JSON object`] } });
  }
  if (!isRecord(value)) throw invalid('body', 'must be a JSON object');
  const problems = limitProblems(value);
  if (Object.keys(problems).length) throw validationError(problems);
  return value;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
