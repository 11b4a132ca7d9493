import { action, batch, computed, signal } from '../signals';
import { isGroupGraph, type Slot } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import type { ApiResponse, BookingBackend } from '../api/types';
import type { AvailabilityView, ResolvedConfig } from '../config/types';
import { zoneLabel } from '../i18n/timezones';
import { monthOf } from '../time/dayKey';
import { groupSlotsByDay, type WidgetSlot } from '../time/slots';
import { dayKeyInZone } from '../time/zone';
import type { WidgetCore } from './core';
import { availabilityRequest } from './availabilityRequest';
import { seatsLeft } from './seats';
import { yieldToPage } from './yieldToPage';

/** Times in one answer above which their parsing and their drawing go in separate tasks. */
const BIG_ANSWER = 1000;

/**
 * The "choose a time" part of one widget: the times and their days in the visitor's zone, the shown
 * month (it follows the focused day), the selected day and picked time, the view, and loading.
 * @example const picker = createPicker(core); await picker.load();
 */
export function createPicker(core: WidgetCore) {
  const { i18n, emit, announce, now } = core;
  const slots = signal<WidgetSlot[]>([]);
  const testMode = signal(false);
  const timeZone = signal('UTC');
  const view = signal<AvailabilityView>('month');
  const selectedDay = signal<string | null>(null);
  const focusedDay = signal<string | null>(null);
  /** The picked time (the form books it). */
  const selectedSlot = signal<WidgetSlot | null>(null);
  /** Today's day key in the visitor's zone (the clock is injected). */
  const today = computed(() => dayKeyInZone(now(), timeZone.value));
  /** The shown month: the focused day's, else today's. */
  const month = computed(() => monthOf(focusedDay.value ?? today.value));
  const days = computed(() => groupSlotsByDay(slots.value, timeZone.value, now()));
  const daySlots = computed(() => (selectedDay.value ? (days.value.get(selectedDay.value) ?? []) : []));
  /** Days with something to book: a group session's day whose every session is sold out is not one. */
  const openDays = computed(() => [...days.value].filter(([, s]) => s.some((x) => seatsLeft(x) > 0)).map(([d]) => d));
  /** The first open day after the shown month, for the "next available" jump. */
  const nextOpenDay = computed(() => openDays.value.find((d) => monthOf(d) > month.value) ?? null);
  /** The last day the calendar offers (a day key; `9` sorts after every day: no limit). */
  const lastDay = computed(() => core.chosenBackend.value?.lastDay?.(today.value) ?? '9');
  /**
   * The months the calendar shows: from today's to the last with times (within `lastDay`); nothing
   * bookable lies beyond. The month's arrows and its keys stop at both ends.
   */
  const monthRange = computed(() => {
    const first = monthOf(today.value);
    const withTimes = [...days.value.keys()].pop();
    // The earlier of the last month with times and the backend's last month, never before the first.
    const last = [withTimes ? monthOf(withTimes) : first, monthOf(lastDay.value)].sort()[0];
    return { first, last: last > first ? last : first };
  });
  const monthHasTimes = computed(() => [...days.value.keys()].some((d) => monthOf(d) === month.value));

  /** Keeps the selected day if it still has times, else the first open day (else the first sold-out one; focus follows). */
  function selectFirstOpenDay() {
    const first = openDays.peek()[0] ?? days.peek().keys().next().value ?? null;
    const keep = selectedDay.peek() && days.peek().has(selectedDay.peek()!) ? selectedDay.peek() : null;
    batch(() => {
      selectedDay.value = keep ?? first;
      focusedDay.value = keep ?? first ?? today.peek();
    });
  }

  const selectDay = action((day: string) => {
    selectedDay.value = day;
    focusedDay.value = day;
  });

  // One controller for loads. The race it guards (the root's project load has its own):
  //   load #1 ──POST /availability (slow)──────────────────────✗ aborted, result dropped
  //   update() ──abort #1── load #2 ──POST /availability──✓ renders
  // Without the abort, #1 landing after #2 would paint stale times of the old config.
  let ctrl: AbortController | null = null;
  // The availability request the root sent early (while the config check loads), under the next
  // load's controller: that load uses its answer when it asks for the same thing.
  let early: [key: string, answer: Promise<ApiResponse<Slot[]>>] | null = null;

  /** Loads the times behind the loading screen, then shows the calendar (or the error view). */
  async function load(): Promise<void> {
    const sent = early;
    early = null;
    if (!sent) {
      ctrl?.abort();
      ctrl = new AbortController();
    }
    const mine = ctrl!;
    core.phase.value = 'loading';
    announce(i18n.peek().t('loading'));
    emit('loading-shown');
    try {
      const backend = await core.backend();
      const take = (req: object) => (sent?.[0] === JSON.stringify(req) ? sent[1] : null);
      const config = core.config.peek();
      // Group sessions are read by the steps' code (a group widget fetches the steps with its first request).
      const group = isGroupGraph(config.booking.graph) && (await core.steps.load());
      if (group === null) throw new ApiError('network', 0, 'the group sessions could not be loaded');
      const input = { backend, config, timeZone: timeZone.peek(), emit, signal: mine.signal, sent: take };
      const [result] = await Promise.all([group ? group.loadGroupSlots(input) : core.check.peek()!.loadSlots(input), core.translated()]);
      // A big answer (months of times) was read and parsed in this task: its days and first screen
      // are made in the next, so neither holds the page for long (a 26-week list stays responsive).
      if (result.slots.length > BIG_ANSWER) await yieldToPage();
      if (mine.signal.aborted) return;
      batch(() => {
        slots.value = result.slots;
        testMode.value = result.testMode;
        core.phase.value = 'calendar';
        selectFirstOpenDay();
      });
      emit('loading-hidden');
      const first = days.peek().keys().next().value;
      const i = i18n.peek();
      announce(
        first
          ? i.t('times_loaded', {
              count: slots.peek().length,
              date: i.formatDate(new Date(days.peek().get(first)![0].start), timeZone.peek(), 'full'),
            })
          : i.t('no_times_at_all'),
      );
      emit('render-completed');
    } catch (e) {
      if (mine.signal.aborted || isAbort(e)) return;
      await core.translated();
      if (mine.signal.aborted) return;
      emit('loading-hidden');
      core.fail(e instanceof ApiError ? e : new ApiError('network', 0, String(e)));
    }
  }

  return {
    slots,
    testMode,
    timeZone,
    view,
    month,
    selectedDay,
    focusedDay,
    selectedSlot,
    today,
    days,
    openDays,
    daySlots,
    nextOpenDay,
    lastDay,
    monthRange,
    monthHasTimes,
    load,
    /**
     * Sends the availability request the next `load()` will make, before it (the root calls this
     * while the config check is on its way); nothing shows until that load. Group mode waits.
     */
    prefetch(backend: BookingBackend, config: ResolvedConfig, zone: string) {
      if (isGroupGraph(config.booking.graph)) return;
      ctrl?.abort();
      ctrl = new AbortController();
      const req = availabilityRequest(config, zone);
      early = [JSON.stringify(req), backend.getAvailability(req, ctrl.signal)];
      early[1].catch(() => {}); // read (or dropped) by the load
    },
    /** Stops a load in flight (a newer action replaced it, or the widget went away), or a request sent early. */
    abort: () => {
      ctrl?.abort();
      early = null;
    },
    selectDay,
    focusDay: action((day: string) => {
      if (day > lastDay.peek()) return;
      focusedDay.value = day;
    }),
    showMonth: action((m: string) => {
      focusedDay.value = [...days.peek().keys()].find((d) => monthOf(d) === m) ?? `${m}-01`;
    }),
    goToNextAvailable: action(() => {
      const day = nextOpenDay.peek();
      if (!day) return;
      selectDay(day);
      core.focusRequest.value++;
    }),
    setView: action((v: AvailabilityView) => {
      view.value = v;
    }),
    setTimeZone: action((zone: string) => {
      if (zone === timeZone.peek()) return;
      timeZone.value = zone;
      // Slots are instants: regroup into the new zone's days, keep the selection if it still exists.
      if (core.phase.peek() !== 'loading') selectFirstOpenDay();
      announce(i18n.peek().t('timezone_changed', { zone: zoneLabel(zone, now(), i18n.peek().locale) }));
      emit('timezone-changed', zone);
    }),
  };
}

/** One widget's picker. */
export type Picker = ReturnType<typeof createPicker>;
