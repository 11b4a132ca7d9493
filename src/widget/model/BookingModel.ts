import { action, batch, computed, createModel, signal } from '../signals';
import type { Project } from '../../wire/index';
import { ApiError } from '../api/ApiError';
import { createBackend } from '../api/backends';
import { loadCheck, type CheckModule } from '../config/loadCheck';
import type { BookingBackend } from '../api/types';
import { mergeConfig } from '../config/mergeConfig';
import { resolveConfig } from '../config/resolveConfig';
import type { ConfigError, ResolvedConfig, WidgetConfig } from '../config/types';
import { formatConfigError } from '../config/formatConfigError';
import { yieldToPage } from './yieldToPage';
import { parseColor } from '../color/parseColor';
import type { Phase, WidgetCore } from './core';
import type { ModelDeps } from './deps';
import { createBookingFlow } from './createBookingFlow';
import { createGroupSeats } from './createGroupSeats';
import { createPicker } from './createPicker';
import { errorMessageKey } from './errorMessage';
import { createEmitter } from './events';
import { createStepsState } from './steps';
import { createTranslation } from './createTranslation';
import { setUp } from './setUp';
import type { HoldModel } from './createHold';
import type { Waitlist } from './createWaitlist';
import type { BookingParts } from './submitBooking';

export type { Phase } from './core';
export type { ModelDeps } from './deps';

/**
 * The state and actions of one mounted widget: config → project → times → form → booking. The root
 * wires the models of one widget (`createPicker`, `createGroupSeats`, `createBookingFlow`) around
 * what they share (`WidgetCore`) and exposes their members flat, so components read `m.days`,
 * `m.values`, `m.seats`. One instance per mount, passed to components by context; no DOM here.
 * @example const model = new BookingModel({ config, backend }); await model.start();
 */
export const BookingModel = createModel((deps: ModelDeps) => {
  const now = deps.now ?? (() => new Date());
  const local = signal<WidgetConfig>(deps.config);
  const project = signal<Project | null>(null);
  const config = computed<ResolvedConfig>(() => resolveConfig(local.value, project.value, deps.search));
  const steps = createStepsState(deps.importSteps);
  const [i18n, i18nError, translate, translated] = createTranslation(config, steps, deps);
  const emit = createEmitter(
    () => config.peek().callbacks,
    deps.dispatch ?? (() => {}),
    () => steps.value.peek()?.STEP_EVENT_CALLBACKS,
  );
  const phase = signal<Phase>('loading');
  const configErrors = signal<ConfigError[]>([]);
  const loadError = signal<ApiError | null>(null);
  const announcement = signal('');
  const focusRequest = signal(0);
  /** The backend this start made from the config (its checks and limits hold with an injected one too). */
  const chosen = signal<BookingBackend | null>(null);
  const backendContext = () => ({ config: config.peek(), locale: () => i18n.peek().locale, now, fetch: deps.fetch });

  const manage: WidgetCore['manage'] = signal(null);
  const check = signal<CheckModule | null>(null);
  const core: WidgetCore = {
    manage,
    check,
    config,
    i18n,
    phase,
    focusRequest,
    emit,
    now,
    steps,
    translated,
    chosenBackend: chosen,
    backend: async () => deps.backend ?? chosen.peek() ?? (chosen.value = (await createBackend(backendContext())).backend),
    announce(text) {
      // The same text twice would not be re-read; a trailing no-break space makes it a change.
      announcement.value = announcement.peek() === text ? text + '\u00a0' : text;
    },
    fail(err) {
      loadError.value = err;
      phase.value = 'error';
      emit('error', err);
      // The error texts travel with the steps, as the error view does (only "could not reach", the
      // offline case, is in booking.js): log the error once they are there. (The error view is an
      // alert: it says the error; the status does not repeat it.)
      void steps.load().then(() => {
        const text = i18n.peek().t(errorMessageKey(err), { message: err.message });
        console.error(`Booking widget: ${text} (${err.kind}${err.status ? ' ' + err.status : ''}: ${err.message})`);
      });
    },
  };
  const picker = createPicker(core);
  // The hold's code comes with the steps (createHold.ts): made the first time a step asks for it.
  let hm: HoldModel | undefined;
  const holds = () => (hm ??= steps.value.peek()?.createHold(parts));
  // The waitlist of sold-out sessions (createWaitlist.ts), likewise: made the first time a session card asks.
  let wm: Waitlist | undefined;
  const waitlist = () => (wm ??= steps.value.peek()?.createWaitlist(parts));
  const parts = (): BookingParts => ({ core, picker, seats, flow, refresh, holds, local });
  const seats = createGroupSeats(core, picker, parts);
  /** Loads the times again (a full load supersedes a quiet seat re-read). */
  const refresh = action(() => {
    loadError.value = null;
    seats.abort();
    return picker.load();
  });
  const flow = createBookingFlow(core, picker, seats, parts);
  /** The first screen needs the lazily loaded steps: a view not on the first screen, group sessions, a brand colour's palette. */
  // (A colour that does not parse draws nothing: the config error names it. parseColor is also what
  // keeps the colour reader in booking.js, shared by the validation file and the steps.)
  // (The table of views comes with the config-check file, which every start has before it asks this.)
  const stepsFirst = computed(
    () => !check.value?.VIEWS[picker.view.value].firstScreen || seats.groupMode.value || !!parseColor(config.value.ui.brand_color ?? ''),
  );

  let ctrl: AbortController | null = null; // the project load; a newer start aborts it
  let visitorZone: string | undefined;
  /** The zone the times are shown in: the config's, else the visitor's (asked of the browser once). */
  const zoneOf = (cfg: ResolvedConfig) => cfg.ui.timezone ?? (visitorZone ??= (deps.detectTimeZone ?? (() => 'UTC'))());
  const start = action(async () => {
    ctrl?.abort();
    picker.abort();
    const mine = (ctrl = new AbortController());
    emit('render-started');
    const cfg = local.peek();
    // The validation table (and what only a loaded calendar shows) is a small file of its own
    // (config/check/), fetched with the first request and the language file.
    const checking = loadCheck();
    chosen.value = null;
    // The visitor's own zone (the browser's: always a real one) shows at once, in the loading
    // screen's footer too; a zone the config names waits for the config check.
    if (!config.peek().ui.timezone) picker.timeZone.value = zoneOf(config.peek());
    const setup = deps.initialErrors?.length
      ? null
      : setUp({
          config: cfg,
          signal: mine.signal,
          context: backendContext(),
          injected: deps.backend,
          search: deps.search,
          loading: () => (phase.value = 'loading'),
          prefetch: (backend) => picker.prefetch(backend, config.peek(), zoneOf(config.peek())),
        });
    // After the request, in a task of its own: the language's rules cost the page's first Intl
    // formatter (ICU's start, 40-60 ms). Together with the script's own start that was one task of
    // about 100 ms, during which the host page could neither paint nor answer input; split, the
    // longest is about 66 (docs/PERFORMANCE.md).
    await yieldToPage();
    if (mine.signal.aborted) return;
    translate();
    const checked = await checking;
    if (mine.signal.aborted) return;
    // Without that file (offline) the calendar cannot show: the error view's "Try again" starts again.
    if (!checked) {
      picker.abort();
      await translated();
      if (mine.signal.aborted) return;
      return core.fail(new ApiError('network', 0, 'the config-check file could not be loaded'));
    }
    check.value = checked;
    const { validateConfig } = checked;
    let errors = [...(deps.initialErrors ?? []), ...validateConfig(cfg)];
    // A config error wins: the times asked for early are dropped (a project's answer is left unread).
    if (errors.length) picker.abort();
    else if (setup) {
      const made = await setup;
      if (mine.signal.aborted) return;
      if (made.failure) {
        await translated();
        if (mine.signal.aborted) return;
        return core.fail(made.failure);
      }
      errors = made.errors;
      chosen.value = made.backend ?? null;
      if (made.project) {
        project.value = made.project;
        translate(); // the project may have chosen another language
      }
    }
    // Manage mode: the config's booking, or the page URL's (`?booking_id=…&signature=…`); it takes the resource from the booking.
    const link = checked.manageLink(config.peek(), deps.search);
    if (!errors.length && !link) errors = validateConfig(config.peek(), 'resolved');
    const i18nProblem = i18nError();
    if (i18nProblem) errors.push(i18nProblem);
    const ui = config.peek().ui;
    batch(() => {
      configErrors.value = errors;
      picker.view.value = checked.mapView(ui.availability_view) ?? 'month';
      // A zone the config names only once it passed (an unknown one is a config error, not a zone to draw in).
      if (!errors.length) picker.timeZone.value = zoneOf(config.peek());
    });
    // What the first screen needs of the lazily loaded steps: fetch them alongside the times so it
    // does not wait for one more download.
    if (!errors.length && stepsFirst.peek()) void steps.load();
    if (errors.length) {
      await translated();
      if (mine.signal.aborted) return;
      phase.value = 'error';
      const lines = errors.map(formatConfigError);
      console.error('Booking widget config:\n' + lines.join('\n'));
      void steps.load().then(() => core.announce(i18n.peek().t('config_error_heading')));
      emit('error', lines);
      return;
    }
    emit('calendar-ready');
    if (link) {
      picker.abort();
      return (await steps.load())?.startManage(parts(), link);
    }
    await refresh();
  });

  // The models' members, flat (their wiring helpers `load`, `abort`, `reset`, `nextRequest`, `stop` come along; only the root calls them).
  return {
    local,
    project,
    config,
    i18n,
    phase,
    configErrors,
    loadError,
    announcement,
    /** Says `text` in the widget's one polite live region. */
    announce: core.announce,
    focusRequest,
    stepsFirst,
    /** The config-check file's module once a start has it (the views' time buttons come with it). */
    check,
    /** The lazily loaded steps (null until they are there), whether their download failed, and the download. */
    steps: steps.value,
    stepsFailed: steps.failed,
    loadSteps: steps.load,
    ...picker,
    ...seats,
    ...flow,
    holds,
    /** The waitlist of sold-out group sessions, once the steps are there (undefined before). */
    waitlist,
    manage,
    start,
    refresh,
    /** Merges a partial config over the local one and starts again. */
    update: action((partial: WidgetConfig) => {
      local.value = mergeConfig<WidgetConfig>(local.peek(), partial);
      project.value = null;
      return start();
    }),
    /** The injected clock. */
    now,
    dispose: action(() => {
      ctrl?.abort();
      picker.abort();
      seats.abort();
      flow.stop();
      hm?.release();
    }),
  };
});

/** One widget's model instance. */
export type BookingModel = InstanceType<typeof BookingModel>;
