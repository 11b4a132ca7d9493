import { action, batch, computed, createModel, signal } from '@preact/signals';
import { isGroupGraph, type Booking, type Project } from '../../wire/index';
import { ApiError, isAbort } from '../api/ApiError';
import { createHttpBackend } from '../api/createHttpBackend';
import type { BookingBackend } from '../api/types';
import { mapView } from '../config/mapView';
import { mergeConfig } from '../config/mergeConfig';
import { resolveConfig } from '../config/resolveConfig';
import type { AvailabilityView, ConfigError, ResolvedConfig, WidgetConfig } from '../config/types';
import { formatConfigError } from '../config/formatConfigError';
import { parseColor } from '../color/parseColor';
import type { FieldValue, FormField, FormValues } from '../form/fields';
import { createCatalogStore, type CatalogStore } from '../i18n/createCatalogStore';
import { createI18n } from '../i18n/index';
import { zoneLabel } from '../i18n/timezones';
import { monthOf } from '../time/dayKey';
import { groupSlotsByDay, type WidgetSlot } from '../time/slots';
import { dayKeyInZone } from '../time/zone';
import { createEmitter } from './events';
import { errorMessageKey } from './errorMessage';
import { loadSlots } from './loadSlots';
import { seatLimit, seatsLeft, type SeatRefusal } from './seats';
import { loadSteps, steps, type Steps } from '../steps/loadSteps';
import type { DirectEvent, SubmitContext } from './submitBooking';

/** Which step the widget shows. */
export type Phase = 'loading' | 'calendar' | 'form' | 'confirmation' | 'error';

/** What the model needs from its surroundings (all injectable for tests). */
export interface ModelDeps {
  /** The local config (attributes, `init()`, `mount()`): it wins over the project. */
  config: WidgetConfig;
  /** Problems found before the model existed (bad `data-config` JSON). */
  initialErrors?: ConfigError[];
  /** Backend override; default: HTTP with `api_base_url`, `app_key`, `request_timeout`. */
  backend?: BookingBackend;
  /** Receives `booking:*` events (the host element's dispatchEvent). */
  dispatch?: (type: string, detail: unknown) => void;
  now?: () => Date;
  /** The page URL's query (`?customer.name=…` prefills). */
  search?: string;
  /** The visitor's zone when `ui.timezone` is not set. */
  detectTimeZone?: () => string;
  pageLang?: string;
  navigatorLanguages?: readonly string[];
  /** Where this widget's translations are loaded and kept; default: a new store (file beside the script / chunk). */
  catalogs?: CatalogStore;
}

/**
 * The state and actions of one mounted widget: config → project → times → form → booking. One
 * instance per mount, passed to components by context; nothing here touches the DOM.
 * @example const model = new BookingModel({ config, backend }); await model.start();
 */
export const BookingModel = createModel((deps: ModelDeps) => {
  const now = deps.now ?? (() => new Date());
  const local = signal<WidgetConfig>(deps.config);
  const project = signal<Project | null>(null);
  const config = computed<ResolvedConfig>(() => resolveConfig(local.value, project.value, deps.search));
  // createI18n throws (naming the key) on a malformed ui.locale/localization; the widget then
  // speaks English and shows that problem in its config error view instead of crashing.
  const catalogs = deps.catalogs ?? createCatalogStore();
  const i18nResult = computed(() => {
    const ui = config.value.ui;
    // English for the steps' texts comes with the steps; until then they are not on screen.
    const loaded = catalogs.loaded.value;
    const base = { pageLang: deps.pageLang, navigatorLanguages: deps.navigatorLanguages, catalogs: steps.value ? { ...loaded, en: steps.value.enSteps } : loaded };
    try {
      return { i18n: createI18n({ ...base, locale: ui.locale, overrides: ui.localization, timeDateFormat: ui.time_date_format }), error: null };
    } catch (e) {
      return { i18n: createI18n(base), error: (e as Error).message };
    }
  });
  const i18n = computed(() => i18nResult.value.i18n);
  // The chosen language's texts load in parallel with the project and the times; the skeleton
  // stays until they are there (or have failed: English), so no step flashes in English.
  let translated: Promise<void> = Promise.resolve();
  const translate = () => {
    const cfg = config.peek();
    translated = catalogs.load(i18n.peek().catalog, { url: cfg.ui.localization_url, timeoutMs: cfg.request_timeout });
  };
  const emit = createEmitter(() => config.peek().callbacks, deps.dispatch ?? (() => {}), () => steps.peek()?.STEP_EVENT_CALLBACKS);

  const phase = signal<Phase>('loading');
  const configErrors = signal<ConfigError[]>([]);
  const loadError = signal<ApiError | null>(null);
  const slots = signal<WidgetSlot[]>([]);
  const testMode = signal(false);
  const timeZone = signal<string>('UTC');
  const view = signal<AvailabilityView>('month');
  const month = signal<string>(dayKeyInZone(now(), 'UTC').slice(0, 7));
  const selectedDay = signal<string | null>(null);
  const focusedDay = signal<string | null>(null);
  const selectedSlot = signal<WidgetSlot | null>(null);
  const values = signal<FormValues>({});
  const fieldErrors = signal<Record<string, string>>({});
  const submitting = signal(false);
  const submitError = signal<ApiError | null>(null);
  const booking = signal<Booking | null>(null);
  /** Group mode: how many seats the visitor asks for, and why the last seat request was refused. */
  const seats = signal(1);
  const seatProblem = signal<SeatRefusal | null>(null);
  const announcement = signal('');
  /** Bumped when a user action should move focus to the current step's heading. */
  const focusRequest = signal(0);
  /** Bumped when the form should focus its first invalid field. */
  const invalidRequest = signal(0);

  const rescheduleMode = computed(() => !!config.value.reschedule?.uuid && config.value.reschedule?.action === 'reschedule');
  const groupMode = computed(() => isGroupGraph(config.value.booking.graph));
  const days = computed(() => groupSlotsByDay(slots.value, timeZone.value, now()));
  /** The first screen needs the lazily loaded steps: week or list view, group sessions, a brand colour's palette. */
  // (A colour that does not parse draws nothing: the config error names it. parseColor is also what
  // keeps the colour reader in booking.js, shared by the validation file and the steps.)
  const stepsFirst = computed(() => view.value !== 'month' || groupMode.value || !!parseColor(config.value.ui.brand_color ?? ''));
  /** The form's fields; their code comes with the lazily loaded steps (none until then). */
  const fields = computed<FormField[]>(() => steps.value?.formFields(config.value, i18n.value, rescheduleMode.value) ?? []);
  /** Today's day key in the visitor's zone (the clock is injected). */
  const today = computed(() => dayKeyInZone(now(), timeZone.value));
  const daySlots = computed(() => (selectedDay.value ? days.value.get(selectedDay.value) ?? [] : []));
  /** The first open day after the shown month, for the "next available" jump. */
  const nextOpenDay = computed(() => [...days.value.keys()].find((d) => monthOf(d) > month.value) ?? null);
  /** The last day the calendar offers (a day key; `9` sorts after every day: no limit). */
  const lastDay = computed(() => chosen.value?.lastDay(today.value) ?? '9');
  const monthHasTimes = computed(() => [...days.value.keys()].some((d) => monthOf(d) === month.value));
  /** The stepper's upper bound: seats left at the chosen session, capped by `booking.max_seats_per_booking`. */
  const seatMax = computed(() => (selectedSlot.value?.group ? Math.max(1, seatLimit(selectedSlot.value, config.value.booking.max_seats_per_booking)) : 1));

  function announce(text: string) {
    // The same text twice would not be re-read; a trailing no-break space makes it a change.
    announcement.value = announcement.peek() === text ? text + '\u00a0' : text;
  }

  function fail(err: ApiError) {
    loadError.value = err;
    phase.value = 'error';
    emit('error', err);
    // The error texts travel with the steps, as the error view does (only "could not reach", the
    // offline case, is in booking.js): say and log the error once they are there.
    void loadSteps().then(() => {
      const text = i18n.peek().t(errorMessageKey(err), { message: err.message });
      announce(text);
      console.error(`Booking widget: ${text} (${err.kind}${err.status ? ' ' + err.status : ''}: ${err.message})`);
    });
  }

  // The backend a config's `backend` loaded from its own file (bookingtime); Timekit's is built in.
  const chosen = signal<Required<BookingBackend> | null>(null);
  const backend = () => deps.backend ?? chosen.peek() ?? createHttpBackend({ baseUrl: config.peek().api_base_url, appKey: config.peek().app_key ?? '', timeoutMs: config.peek().request_timeout });

  // One controller per action kind. The race it guards (same for the project load):
  //   refresh #1 ──POST /availability (slow)──────────────────────✗ aborted, result dropped
  //   update()   ──abort #1── refresh #2 ──POST /availability──✓ renders
  // Without the abort, #1 landing after #2 would paint stale times of the old config.
  let loadCtrl: AbortController | null = null;

  function selectFirstOpenDay() {
    const first = days.peek().keys().next().value ?? null;
    const keep = selectedDay.peek() && days.peek().has(selectedDay.peek()!) ? selectedDay.peek() : null;
    const day = keep ?? first ?? dayKeyInZone(now(), timeZone.peek());
    batch(() => {
      selectedDay.value = keep ?? first;
      focusedDay.value = day;
      month.value = monthOf(day);
    });
  }

  const refresh = action(async () => {
    loadCtrl?.abort();
    booker.seatCtrl?.abort();
    const ctrl = (loadCtrl = new AbortController());
    batch(() => {
      phase.value = 'loading';
      loadError.value = null;
    });
    announce(i18n.peek().t('loading'));
    emit('loading-shown');
    try {
      const [result] = await Promise.all([loadSlots({ backend: backend(), config: config.peek(), timeZone: timeZone.peek(), emit, signal: ctrl.signal }), translated]);
      if (ctrl.signal.aborted) return;
      batch(() => {
        slots.value = result.slots;
        testMode.value = result.testMode;
        phase.value = 'calendar';
        selectFirstOpenDay();
      });
      emit('loading-hidden');
      const first = days.peek().keys().next().value;
      const i = i18n.peek();
      announce(first ? i.t('times_loaded', { count: slots.peek().length, date: i.formatDate(new Date(days.peek().get(first)![0].start), timeZone.peek(), 'full') }) : i.t('no_times_at_all'));
      emit('render-completed');
    } catch (e) {
      if (ctrl.signal.aborted || isAbort(e)) return;
      await translated;
      if (ctrl.signal.aborted) return;
      emit('loading-hidden');
      fail(e instanceof ApiError ? e : new ApiError('network', 0, String(e)));
    }
  });

  const start = action(async () => {
    loadCtrl?.abort();
    const ctrl = (loadCtrl = new AbortController());
    emit('render-started');
    translate();
    const cfg = local.peek();
    // The validation table is a small file of its own (config/check/), fetched while the language
    // file loads; without it (offline) the API's answers still name what is wrong.
    const check = await import('../config/check/index').catch(() => null);
    if (ctrl.signal.aborted) return;
    const validateConfig = check?.validateConfig ?? (() => []);
    let errors = [...(deps.initialErrors ?? []), ...validateConfig(cfg)];
    chosen.value = null;
    const bookingtime = cfg.backend === 'bookingtime';
    // bookingtime's template is its project.
    const id = bookingtime ? cfg.booking_template_id : cfg.project_id;
    if (!errors.length && (bookingtime || (id ?? cfg.project_slug) !== undefined)) {
      phase.value = 'loading';
      try {
        if (bookingtime) {
          // Its own file, fetched only for this config; it checks its keys (ids and their prefixes) itself.
          ({ errors, backend: chosen.value } = (await import('../api/bookingtime/index')).setup(cfg, i18n, now));
        }
        if (!errors.length && !cfg.disable_remote_load) {
          const res = await backend().getProject(id !== undefined ? { id } : { slug: cfg.project_slug! }, ctrl.signal);
          if (ctrl.signal.aborted) return;
          project.value = res.data;
        }
      } catch (e) {
        if (ctrl.signal.aborted || isAbort(e)) return;
        await translated;
        if (ctrl.signal.aborted) return;
        return fail(e instanceof ApiError ? e : new ApiError('network', 0, String(e)));
      }
      translate(); // the project may have chosen another language
    }
    if (!errors.length) errors = validateConfig(config.peek(), 'resolved');
    const i18nError = i18nResult.peek().error;
    if (i18nError) {
      const key = /`?(ui\.[\w.]+)`?/.exec(i18nError)?.[1] ?? 'ui.locale';
      errors.push({ key, message: i18nError.replace(/^`?ui\.[\w.]+`?:?\s*/, '') });
    }
    const ui = config.peek().ui;
    batch(() => {
      configErrors.value = errors;
      view.value = mapView(ui.availability_view) ?? 'month';
      timeZone.value = ui.timezone ?? (deps.detectTimeZone ?? (() => 'UTC'))();
    });
    // What the first screen needs of the lazily loaded steps: fetch them alongside the times so it
    // does not wait for one more download.
    if (!errors.length && stepsFirst.peek()) void loadSteps();
    if (errors.length) {
      await translated;
      if (ctrl.signal.aborted) return;
      phase.value = 'error';
      const lines = errors.map(formatConfigError);
      console.error('Booking widget config:\n' + lines.join('\n'));
      void loadSteps().then(() => announce(i18n.peek().t('config_error_heading')));
      emit('error', lines);
      return;
    }
    emit('calendar-ready');
    await refresh();
  });

  const selectDay = action((day: string) => {
    selectedDay.value = day;
    focusedDay.value = day;
    month.value = monthOf(day);
  });

  // Prefills and kept values fill the form now, or, if the steps (prefetched once the calendar
  // showed) are not there yet, when they arrive, also after a failed download was retried; the
  // form shows a skeleton until then.
  let stopFill: (() => void) | null = null;
  function fillFormWhenReady(slot: WidgetSlot) {
    stopFill?.();
    let done = false;
    stopFill = steps.subscribe((s) => {
      if (!s || done) return;
      done = true;
      if (selectedSlot.peek() === slot) values.value = s.initialValues(fields.peek(), values.peek());
    });
    if (!steps.peek()) void loadSteps();
  }

  const pickSlot = action((slot: WidgetSlot) => {
    if (slot.group && seatsLeft(slot) <= 0) return; // sold out: shown, never chosen
    selectedSlot.value = slot;
    seats.value = 1;
    seatProblem.value = null;
    emit('slot-selected', slot);
    if (config.peek().disable_confirm_page) return;
    fillFormWhenReady(slot);
    fieldErrors.value = {};
    submitError.value = null;
    phase.value = 'form';
    focusRequest.value++;
    emit(rescheduleMode.peek() ? 'reschedule-form-shown' : 'form-shown', slot);
  });

  const setValue = action((key: string, value: FieldValue) => {
    values.value = { ...values.peek(), [key]: value };
    // A field shows an error only after a submit, so the steps (with the validation) are loaded.
    const loaded = steps.peek();
    if (loaded && fieldErrors.peek()[key]) {
      const errs = loaded.validateForm(fields.peek(), values.peek(), i18n.peek());
      fieldErrors.value = { ...fieldErrors.peek(), [key]: errs[key] ?? '' };
    }
  });

  /** The widget's state: signals and what derives from them. */
  const state = {
    local,
    project,
    config,
    i18n,
    phase,
    configErrors,
    loadError,
    slots,
    testMode,
    timeZone,
    view,
    month,
    selectedDay,
    focusedDay,
    selectedSlot,
    values,
    fieldErrors,
    submitting,
    submitError,
    booking,
    seats,
    seatMax,
    seatProblem,
    announcement,
    focusRequest,
    invalidRequest,
    rescheduleMode,
    groupMode,
    stepsFirst,
    lastDay,
    days,
    today,
    fields,
    daySlots,
    nextOpenDay,
    monthHasTimes,
  };
  // Booking itself (validate, create, confirm or keep the form with the error) and the group seat
  // actions come with the lazily loaded steps (submitBooking.ts, groupSeats.ts): only a visitor who
  // picked a time, or a widget of group sessions (which waits for the steps), needs them.
  const booker: SubmitContext = { ...state, emit, announce, backend, refreshSeats: () => refreshSeats(), now, submitCtrl: null, seatCtrl: null };
  /** Group mode: re-reads the sessions quietly; resolves true when fresh counts arrived. */
  const refreshSeats = action((): Promise<boolean> => {
    // Synchronously when the steps are there, so a full refresh started right after can abort it.
    const loaded = steps.peek();
    return loaded ? loaded.refreshSeats(booker) : loadSteps().then((s) => (s ? s.refreshSeats(booker) : false));
  });
  /** Runs `book` with the steps loaded; a failed download is a network error the caller sees. */
  async function withSteps<T>(book: (steps: Steps) => Promise<T>): Promise<T> {
    const steps = await loadSteps();
    if (!steps) throw new ApiError('network', 0, 'the booking form could not be loaded');
    return book(steps);
  }

  const closeForm = action(() => {
    batch(() => {
      phase.value = 'calendar';
      submitError.value = null;
      focusRequest.value++;
    });
    emit('form-closed');
  });

  return {
    ...state,
    start,
    refresh,
    selectDay,
    pickSlot,
    setValue,
    /** Validates the form and books the chosen time once (a double click makes one booking). */
    submit: action(() => withSteps((s) => s.submitBooking(booker)).catch((e: unknown) => void emit('error', e))),
    closeForm,
    refreshSeats,
    /** Group mode: the seat count, within 1 and `seatMax`; announced. */
    setSeats: action((n: number) => steps.peek()?.setSeats(booker, n)),
    /**
     * The host took the payment of `bookingId` (e.g. its server called `PUT /bookings/:id/pay`):
     * the confirmation shows it paid. Pass the API's answer as `paid` to show it as is. Returns
     * false when this widget is not showing that booking.
     */
    markPaid: action((bookingId: string, paid?: Booking): boolean => {
      const b = booking.peek();
      if (!b || b.id !== bookingId) return false;
      booking.value = paid && paid.id === bookingId ? paid : { ...b, state: 'paid' };
      announce(i18n.peek().t('paid_heading'));
      return true;
    }),
    focusDay: action((day: string) => {
      if (day > lastDay.peek()) return;
      focusedDay.value = day;
      month.value = monthOf(day);
    }),
    showMonth: action((m: string) => {
      month.value = m;
      const firstOpen = [...days.peek().keys()].find((d) => monthOf(d) === m);
      focusedDay.value = firstOpen ?? `${m}-01`;
    }),
    goToNextAvailable: action(() => {
      const day = nextOpenDay.peek();
      if (day) {
        selectDay(day);
        focusRequest.value++;
      }
    }),
    setView: action((v: AvailabilityView) => {
      view.value = v;
    }),
    setTimeZone: action((zone: string) => {
      if (zone === timeZone.peek()) return;
      timeZone.value = zone;
      // Slots are instants: regroup into the new zone's days, keep the selection if it still exists.
      if (phase.peek() !== 'loading') selectFirstOpenDay();
      announce(i18n.peek().t('timezone_changed', { zone: zoneLabel(zone, now(), i18n.peek().locale) }));
      emit('timezone-changed', zone);
    }),
    /** After a refused booking: fetch fresh times, keep what the visitor typed. */
    freshTimes: action(() => {
      selectedSlot.value = null;
      submitError.value = null;
      seatProblem.value = null;
      focusRequest.value++;
      return refresh();
    }),
    /** After a booking: start over (Booking.js `allow_resubmission`). */
    bookAnother: action(() => {
      booking.value = null;
      selectedSlot.value = null;
      focusRequest.value++;
      return refresh();
    }),
    /** Merges a partial config over the local one and starts again. */
    update: action((partial: WidgetConfig) => {
      local.value = mergeConfig<WidgetConfig>(local.peek(), partial);
      project.value = null;
      return start();
    }),
    /** Booking.js `timekitCreateBooking(formData, eventData)`: books without the form. */
    createBookingDirect: action((formData: FormValues, eventData: DirectEvent) => withSteps((s) => s.createBookingDirect(booker, formData, eventData))),
    /** The injected clock. */
    now,
    dispose: action(() => {
      loadCtrl?.abort();
      booker.seatCtrl?.abort();
      booker.submitCtrl?.abort();
      stopFill?.();
    }),
  };
});

/** One widget's model instance. */
export type BookingModel = InstanceType<typeof BookingModel>;
