import { parseDuration, parseTimestamp } from '../domain/durations';
import { isValidTimeZone } from '../domain/availability';
import { isRecord } from './body';
import { validationError } from './errors';

/**
 * Reads typed fields out of an untrusted JSON object, collecting one message per bad field
 * (named with its dotted path), so a request learns everything wrong with it at once.
 * @example
 * const f = new Fields(body);
 * const name = f.string('name', { required: true });
 * f.done(); // throws a 422 when anything was wrong
 */
export class Fields {
  constructor(
    readonly source: Record<string, unknown>,
    private readonly prefix = '',
    readonly errors: Record<string, string[]> = Object.create(null),
  ) {}

  /** The dotted name of `key` for messages. */
  path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  /** Records a problem with `key`. */
  add(key: string, message: string): void {
    const path = this.path(key);
    if (!Object.hasOwn(this.errors, path)) this.errors[path] = [];
    this.errors[path].push(message);
  }

  /** True when `key` is an own property that is not null: inherited keys (`constructor`) are no fields. */
  has(key: string): boolean {
    return Object.hasOwn(this.source, key) && this.source[key] !== undefined && this.source[key] !== null;
  }

  private need(key: string, required: boolean): boolean {
    if (this.has(key)) return true;
    if (required) this.add(key, 'is required');
    return false;
  }

  /** A string (trimmed length ≤ max). */
  string(key: string, o: { required?: boolean; max?: number; nonEmpty?: boolean } = {}): string | undefined {
    if (!this.need(key, o.required ?? false)) return undefined;
    const v = this.source[key];
    if (typeof v !== 'string') return void this.add(key, 'must be a string');
    if ((o.nonEmpty || o.required) && v.trim() === '') return void this.add(key, 'must not be empty');
    if (v.length > (o.max ?? 10_000)) return void this.add(key, `must be at most ${o.max ?? 10_000} characters`);
    return v;
  }

  /** A boolean. */
  boolean(key: string, required = false): boolean | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    if (typeof v !== 'boolean') return void this.add(key, 'must be true or false');
    return v;
  }

  /** A whole number in [min, max]. Numeric strings are refused: JSON numbers only. */
  integer(key: string, min: number, max: number, required = false): number | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      return void this.add(key, `must be a whole number from ${min} to ${max}`);
    }
    return v;
  }

  /** One of the listed strings. */
  oneOf<T extends string>(key: string, values: readonly T[], required = false): T | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    if (typeof v !== 'string' || !values.includes(v as T)) return void this.add(key, `must be one of ${values.join(', ')}`);
    return v as T;
  }

  /** A JSON object. */
  object(key: string, required = false): Record<string, unknown> | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    if (!isRecord(v)) return void this.add(key, 'must be an object');
    return v;
  }

  /** Fields of the object at `key` (an empty one when absent), sharing this error list. */
  nested(key: string, required = false): Fields | undefined {
    const obj = this.object(key, required);
    return obj ? new Fields(obj, this.path(key), this.errors) : undefined;
  }

  /** An array. */
  array(key: string, required = false): unknown[] | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    if (!Array.isArray(v)) return void this.add(key, 'must be an array');
    return v;
  }

  /** An array of strings. */
  strings(key: string): string[] | undefined {
    const list = this.array(key);
    if (!list) return undefined;
    if (!list.every((s) => typeof s === 'string')) return void this.add(key, 'must be an array of strings');
    return list as string[];
  }

  /** A timestamp (ISO with offset, `now`, `4 weeks`), as epoch ms. */
  timestamp(key: string, now: number, required = false): number | undefined {
    if (!this.need(key, required)) return undefined;
    const r = parseTimestamp(this.source[key], now);
    return r.ok ? r.value : void this.add(key, r.message);
  }

  /** A duration (`30 minutes`), as ms, at least `minMs`. */
  duration(key: string, minMs = 0, required = false): number | undefined {
    if (!this.need(key, required)) return undefined;
    const r = parseDuration(this.source[key]);
    if (!r.ok) return void this.add(key, r.message);
    if (r.value < minMs) return void this.add(key, `must be at least ${minMs / 60_000} minutes`);
    return r.value;
  }

  /** An IANA time zone name. */
  timeZone(key: string, required = false): string | undefined {
    if (!this.need(key, required)) return undefined;
    const v = this.source[key];
    const problem = zoneProblem(v);
    return problem ? void this.add(key, problem) : (v as string);
  }

  /** Throws a 422 with every collected problem, if any. */
  done(): void {
    if (Object.keys(this.errors).length) throw validationError(this.errors);
  }
}

/** Why `value` is not a time zone, or undefined when it is one (`Europe/Berlin`). */
export function zoneProblem(value: unknown): string | undefined {
  if (isValidTimeZone(value)) return undefined;
  const shown = typeof value === 'string' ? `"${value.slice(0, 64)}"` : `A ${Array.isArray(value) ? 'list' : typeof value}`;
  return `${shown} is not a known IANA time zone such as "Europe/Berlin"`;
}
