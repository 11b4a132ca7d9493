import type { Context } from 'hono';
import { HttpError, invalid } from './errors';

const MAX_BODY_BYTES = 1_000_000;

/**
 * The request body as a JSON object. An empty body is `{}`; malformed JSON is a 400 naming
 * `body`; JSON that is not an object is a 422 naming `body`.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES) throw new HttpError(413, { errors: { body: [`is larger than ${MAX_BODY_BYTES} bytes`] } });
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : 'parse error';
    throw new HttpError(400, { errors: { body: [`is not valid JSON (${why}); send a JSON object`] } });
  }
  if (!isRecord(value)) throw invalid('body', 'must be a JSON object');
  return value;
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
