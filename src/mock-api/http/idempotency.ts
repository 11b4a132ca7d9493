import type { Context } from 'hono';
import type { Clock } from '../domain/clock';
import { invalid } from './errors';

/** How long a key is remembered, and how many keys at most (the oldest go first). */
const TTL_MS = 24 * 3_600_000;
const MAX_KEYS = 10_000;
const MAX_BYTES = 32 * 1024 * 1024;

interface Remembered {
  fingerprint: string;
  status: number;
  body: unknown;
  at: number;
  /** Rough size (fingerprint and answer as JSON text), for the byte cap. */
  bytes: number;
}

/** The first answer again, or a 422 because the key came with another body; null: not seen. */
export type Replay = { status: number; body: unknown } | null;

/**
 * `Idempotency-Key` on `POST /bookings` (our choice, Stripe's semantics): the same caller sending
 * the same key with the same body gets the first answer again instead of a second booking; with
 * another body, a 422 naming `Idempotency-Key`. Only created bookings are remembered (a refused
 * request may be retried with its key), for 24 hours, at most 10,000 keys and 32 MB per server
 * (the oldest go first).
 */
export class IdempotencyCache {
  private readonly entries = new Map<string, Remembered>();
  private bytes = 0;

  constructor(private readonly clock: Clock) {}

  /** The `Idempotency-Key` header, checked: 1–255 visible ASCII characters; undefined when absent. */
  static keyOf(c: Context): string | undefined {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return undefined;
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw invalid('Idempotency-Key', 'must be 1 to 255 visible ASCII characters, such as a UUID');
    return key;
  }

  /** What `caller`'s earlier request with `key` answered, if its body had this `fingerprint`. */
  replay(caller: string, key: string, fingerprint: string): Replay {
    this.prune();
    const hit = this.entries.get(`${caller}\n${key}`);
    if (!hit) return null;
    if (hit.fingerprint !== fingerprint) {
      throw invalid('Idempotency-Key', 'was already used with another request body; send a new key for a new booking');
    }
    return { status: hit.status, body: hit.body };
  }

  /** Remembers the answer to `caller`'s request with `key`. */
  remember(caller: string, key: string, fingerprint: string, status: number, body: unknown): void {
    const id = `${caller}\n${key}`;
    this.drop(id);
    const bytes = fingerprint.length + JSON.stringify(body).length;
    this.entries.set(id, { fingerprint, status, body, at: this.clock.now(), bytes });
    this.bytes += bytes;
    while (this.entries.size > MAX_KEYS || this.bytes > MAX_BYTES) this.drop(this.entries.keys().next().value!);
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(id);
  }

  private prune(): void {
    const oldest = this.clock.now() - TTL_MS;
    for (const [id, entry] of this.entries) {
      if (entry.at > oldest) break;
      this.drop(id);
    }
  }
}

/** A JSON value as text with object keys sorted: two bodies that mean the same compare equal. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
