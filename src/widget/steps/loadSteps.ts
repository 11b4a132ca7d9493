import { signal } from '@preact/signals';

/** What the lazily loaded part provides (`./index.ts`). */
export type Steps = typeof import('./index');

/**
 * The loaded steps, or null until they are there. Module-level on purpose: this is code, like the
 * module cache, not widget state; every widget on the page shares the one download.
 */
export const steps = signal<Steps | null>(null);
/** The last load failed (offline, file missing); `loadSteps()` tries again. */
export const stepsFailed = signal(false);

let pending: Promise<Steps | null> | null = null;

/**
 * Fetches the steps once; resolves null (and sets `stepsFailed`) when that fails, so a later call
 * retries. Never rejects.
 * @example void loadSteps(); // after the calendar shows, so a picked time opens the form at once
 */
export function loadSteps(): Promise<Steps | null> {
  if (steps.peek()) return Promise.resolve(steps.peek());
  stepsFailed.value = false;
  return (pending ??= import('./index').then(
    (mod) => (steps.value = mod),
    (error: unknown) => {
      console.error('Booking widget: could not load the booking form', error);
      pending = null;
      stepsFailed.value = true;
      return null;
    },
  ));
}
