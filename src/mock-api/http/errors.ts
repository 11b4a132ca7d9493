/**
 * An error that already knows its HTTP answer. Routes throw it; `app.onError` shapes it, once.
 */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 422,
    readonly body: { error: string } | { errors: Record<string, string[]> },
  ) {
    super('error' in body ? body.error : JSON.stringify(body.errors));
  }
}

/** 422 `{"errors": {field: [messages]}}`. */
export const validationError = (errors: Record<string, string[]>): HttpError => new HttpError(422, { errors });

/** 422 naming one field. */
export const invalid = (field: string, message: string): HttpError => validationError({ [field]: [message] });

/** 404 `{"error": "<what> does not exist"}`. */
export const notFoundError = (what: string): HttpError => new HttpError(404, { error: `${what} does not exist` });

/** 401 `{"error": …}`. */
export const unauthorized = (message: string): HttpError => new HttpError(401, { error: message });

/** 403 `{"error": …}`. */
export const forbidden = (message: string): HttpError => new HttpError(403, { error: message });
