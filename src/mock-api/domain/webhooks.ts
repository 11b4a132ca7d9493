import type { Clock, Scheduler } from './clock';
import { hmacHex } from './signatures';
import type { Store } from './store';
import type { StoredBooking, StoredWebhook } from './types';

/** What the dispatcher needs from outside. */
export interface WebhookDeps {
  store: Store;
  clock: Clock;
  scheduler: Scheduler;
  fetch: typeof fetch;
  /** The bare booking object a webhook posts (no `data` wrapper). */
  render: (booking: StoredBooking) => unknown;
  /** Attempts per delivery, the first included. */
  maxAttempts?: number;
  /** Wait before the first retry; doubled for each later one. */
  baseDelayMs?: number;
}

/** True when `hook` wants to hear that `booking` entered its current state. */
export function webhookMatches(hook: StoredWebhook, booking: StoredBooking): boolean {
  return (
    (hook.event ?? 'booking') === 'booking' &&
    (hook.graph === null || hook.graph === booking.graph) &&
    (hook.state === null || hook.state === booking.state)
  );
}

/**
 * Posts signed booking snapshots to matching webhooks, retrying failures with exponential backoff
 * on the injected scheduler and recording every attempt in `store.deliveries`.
 */
export class WebhookDispatcher {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(private readonly deps: WebhookDeps) {
    this.maxAttempts = deps.maxAttempts ?? 5;
    this.baseDelayMs = deps.baseDelayMs ?? 1_000;
  }

  /**
   * Starts delivery to every matching webhook. The body is rendered now, so a later change to
   * the booking does not leak into this event. Resolves when the first attempts are done.
   */
  notify(booking: StoredBooking): Promise<void> {
    const hooks = [...this.deps.store.webhooks.values()].filter((h) => webhookMatches(h, booking));
    if (!hooks.length) return Promise.resolve();
    return this.send(hooks, { id: booking.id, state: booking.state }, JSON.stringify(this.deps.render(booking)));
  }

  /**
   * Posts `payload` (our choice: `{event: "waitlist.seats_freed", …}`) to every webhook registered
   * with `event: "waitlist"` whose `graph` is absent or `group_owner`; `session` is the group owner.
   */
  notifyWaitlist(session: StoredBooking, payload: unknown): Promise<void> {
    const hooks = [...this.deps.store.webhooks.values()].filter(
      (h) => h.event === 'waitlist' && (h.graph === null || h.graph === 'group_owner'),
    );
    if (!hooks.length) return Promise.resolve();
    return this.send(hooks, { id: session.id, state: session.state }, JSON.stringify(payload));
  }

  private send(hooks: StoredWebhook[], about: Pick<StoredBooking, 'id' | 'state'>, body: string): Promise<void> {
    return Promise.all(hooks.map((h) => this.attempt(h, about, body, 1))).then(() => undefined);
  }

  private async attempt(hook: StoredWebhook, booking: Pick<StoredBooking, 'id' | 'state'>, body: string, attempt: number): Promise<void> {
    const { store, clock, scheduler } = this.deps;
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await this.deps.fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-timekit-signature': hmacHex(store.app.webhook_secret, body) },
        body,
      });
      status = res.status;
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const ok = error === null;
    store.deliveries.push({
      id: store.newId(),
      webhook_id: hook.id,
      booking_id: booking.id,
      state: booking.state,
      url: hook.url,
      attempt,
      at: clock.now(),
      ok,
      status,
      error,
    });
    if (!ok && attempt < this.maxAttempts && store.webhooks.has(hook.id)) {
      const delay = this.baseDelayMs * 2 ** (attempt - 1);
      scheduler.setTimeout(() => void this.attempt(hook, booking, body, attempt + 1), delay);
    }
  }
}
