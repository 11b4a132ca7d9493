/**
 * A refusal from the domain core: bad input for a field (`invalid`, answered 422), a missing
 * record (`not_found`, 404), a hold's time or seats taken by someone else (`conflict`, 409) or too
 * many holds (`limit`, 429). The HTTP layer shapes it; the core knows no status codes.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not_found' | 'conflict' | 'limit',
    /** field → messages (`invalid`, `conflict`, `limit`); the missing thing (`Booking`, `Resource`) for `not_found`. */
    readonly detail: Record<string, string[]> | string,
  ) {
    super(typeof detail === 'string' ? `${detail} does not exist` : JSON.stringify(detail));
  }
}

/** A 422-style refusal naming one field. */
export const invalidField = (field: string, message: string): DomainError => new DomainError('invalid', { [field]: [message] });

/** A 404-style refusal: `what` (e.g. `Booking`) does not exist. */
export const notFound = (what: string): DomainError => new DomainError('not_found', what);
