/** Something that tells the time in epoch milliseconds. Injected everywhere; never `Date.now()` in the core. */
export interface Clock {
  now(): number;
}

/** Runs a callback later; returns a function that cancels it. */
export interface Scheduler {
  setTimeout(fn: () => void, ms: number): () => void;
}

/** True when `value` can schedule callbacks (a `FakeClock`, for instance). */
export function isScheduler(value: unknown): value is Scheduler {
  return typeof (value as Scheduler | null)?.setTimeout === 'function';
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A clock that reads `start` now and then moves on with the wall clock: a fixed instant for a whole
 * demo or e2e run (`--now`) whose timers (payment timeouts, webhook retries) still fire in real time.
 * @example const clock = clockStartingAt(Date.parse('2026-03-24T23:40:00Z'));
 */
export function clockStartingAt(start: number, wall: () => number = Date.now): Clock {
  const offset = start - wall();
  return { now: () => wall() + offset };
}

/**
 * Reads a `--now` value: an ISO 8601 instant with an offset (`2026-03-24T23:40:00Z`). Throws an
 * error naming the option otherwise.
 */
export function parseStartInstant(text: string, option = '--now'): number {
  const ms = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new Error(`${option} must be an ISO 8601 instant with an offset, like 2026-03-24T23:40:00Z; got "${text}"`);
  return ms;
}

/**
 * Real timers that never keep the process alive and can all be cancelled at once
 * (the server's `close()` calls `dispose()`).
 */
export function createRealScheduler(): Scheduler & { dispose(): void } {
  const pending = new Set<ReturnType<typeof setTimeout>>();
  return {
    setTimeout(fn, ms) {
      const handle = setTimeout(
        () => {
          pending.delete(handle);
          fn();
        },
        Math.max(0, ms),
      );
      handle.unref?.();
      pending.add(handle);
      return () => {
        clearTimeout(handle);
        pending.delete(handle);
      };
    },
    dispose() {
      for (const handle of pending) clearTimeout(handle);
      pending.clear();
    },
  };
}

interface Task {
  at: number;
  seq: number;
  fn: () => void;
}

/**
 * A clock tests move by hand; it is also a scheduler, so timers fire when `advance` passes them.
 * @example
 * const clock = new FakeClock(Date.parse('2026-03-02T09:00:00Z'));
 * const api = createMockApi({ clock, seed: 'empty' });
 * await clock.advance(5 * 60_000); // payment timeouts and webhook retries run
 */
export class FakeClock implements Clock, Scheduler {
  private current: number;
  private tasks: Task[] = [];
  private seq = 0;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, ms: number): () => void {
    const task: Task = { at: this.current + Math.max(0, ms), seq: this.seq++, fn };
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((t) => t !== task);
    };
  }

  /** Number of timers not yet fired. */
  get pendingTimers(): number {
    return this.tasks.length;
  }

  /** Moves time forward WITHOUT firing timers (to test code that must notice the time by itself). */
  jump(ms: number): void {
    this.current += ms;
  }

  /** Moves time forward, firing due timers in order and letting their promises settle in between. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const due = this.tasks.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.tasks = this.tasks.filter((t) => t !== due);
      this.current = Math.max(this.current, due.at);
      due.fn();
      await flushMicrotasks();
    }
    this.current = target;
    await flushMicrotasks();
  }
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
