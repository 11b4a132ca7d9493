import { HTTPException } from 'hono/http-exception';
import { DomainError } from '../domain/errors';

/** An error body of the contract: `{"error": …}` (401/403/404/413) or `{"errors": {field: [messages]}}` (400/422). */
export type ErrorBody = { error: string } | { errors: Record<string, string[]> };

/**
 * An error that already knows its HTTP answer. Routes throw it; `errorAnswer` shapes it, once.
 */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 422 | 429 | 431,
    readonly body: ErrorBody,
  ) {
    super('error' in body ? body.error : JSON.stringify(body.errors));
  }
}

/** The status of a domain refusal that names fields: 422, or 409/429 for holds (our choice). */
const DOMAIN_STATUS = { invalid: 422, not_found: 404, conflict: 409, limit: 429 } as const;

/**
 * The contract's answer to a thrown error: typed HTTP errors as they are, domain refusals as 404
 * (`{"error": "Booking does not exist"}`) or 422, Hono's own 4xx as `{"error"}`. Null for anything
 * else: a bug, which `app.onError` answers 500 and a bulk request lets fail whole.
 * Used by `app.onError` and by each bulk item, so both shape errors the same way.
 */
export function errorAnswer(err: unknown): { status: number; body: ErrorBody } | null {
  if (err instanceof HttpError) return { status: err.status, body: err.body };
  if (err instanceof DomainError) {
    if (typeof err.detail === 'string') return { status: 404, body: { error: `${err.detail} does not exist` } };
    return { status: DOMAIN_STATUS[err.kind], body: { errors: err.detail } };
  }
  if (err instanceof HTTPException && err.status < 500) return { status: err.status, body: { error: err.message || 'Bad request' } };
  return null;
}

/** 422 `{"errors": {field: [messages]}}`. */
export const validationError = (errors: Record<string, string[]>): HttpError => new HttpError(422, { errors });

/** 422 naming one field. */
export const invalid = (field: string, message: string): HttpError => validationError({ [field]: [message] });

/** 401 `{"error": …}`. */
export const unauthorized = (message: string): HttpError => new HttpError(401, { error: message });

/** 403 `{"error": …}`. */
export const forbidden = (message: string): HttpError => new HttpError(403, { error: message });
