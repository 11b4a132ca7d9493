/** A value or the message saying why there is none. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A successful parse. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A failed parse with a message a person can act on. */
export const fail = <T = never>(message: string): Parsed<T> => ({ ok: false, message });
