import { signal, type ReadonlySignal } from '../signals';
import type { ComponentType } from 'preact';
import type { ApiResponse } from '../api/types';
import type { Booking } from '../../wire/index';
import type { FormValues } from '../form/fields';
import type { formFields } from '../form/formFields';
import type { initialValues } from '../form/fields';
import type { validateForm } from '../form/validateForm';
import type { WidgetConfig } from '../config/types';
import type { floatingButton } from '../embed/floatingButton';
import type { showPopup } from '../embed/popup';
import type { Catalog } from '../i18n/en';
import type { labelPrice } from '../labels/labelPrice';
import type { brandStyle } from '../styles/brandStyle';
import type { WidgetSlot } from '../time/slots';
import { importSteps, importedSteps, stepsFailed } from '../steps/importSteps';
import type { startManage } from './createManage';
import type { EventCallbacks } from './events';
import type { FlowActions } from './flowActions';
import type { createHold } from './createHold';
import type { createWaitlist } from './createWaitlist';
import type { loadGroupSlots } from './loadGroupSlots';
import type { BookingParts, DirectEvent } from './submitBooking';

/**
 * What the lazily loaded steps file (`steps/index.ts`) provides: the steps reached only after an
 * action or used only by some configs, and the booking and seat actions. The model owns this
 * interface; `steps/importSteps.ts` checks the file against it, so nothing here names a component file.
 */
export interface StepsModule {
  BookingForm: ComponentType;
  Confirmation: ComponentType;
  ZoneSearch: ComponentType<{ close: () => void }>;
  WeekView: ComponentType;
  ListView: ComponentType;
  SessionButton: ComponentType<{ slot: WidgetSlot }>;
  /** The error view (a failed load, a config that is not right). */
  ErrorView: ComponentType;
  /** Group mode: re-reads the seat counts when the visitor comes back to the page. */
  SessionWatch: ComponentType;
  /** The steps' CSS. */
  css: string;
  /** The steps' English (`enSteps`). */
  enSteps: Partial<Catalog>;
  submitBooking(parts: BookingParts): Promise<void>;
  createBookingDirect(parts: BookingParts, formData: FormValues, eventData: DirectEvent): Promise<ApiResponse<Booking>>;
  formFields: typeof formFields;
  initialValues: typeof initialValues;
  validateForm: typeof validateForm;
  brandStyle: typeof brandStyle;
  /** The project's price in the visitor's number style (the details keep its line while this loads). */
  labelPrice: typeof labelPrice;
  /** Group mode: loads the sessions as times (the picker's load). */
  loadGroupSlots: typeof loadGroupSlots;
  /** Group mode: re-reads the sessions quietly; true when fresh counts arrived. */
  refreshSeats(parts: BookingParts, signal: AbortSignal): Promise<boolean>;
  setSeats(parts: BookingParts, n: number): void;
  watchSessions(doc: Document, refresh: () => void): () => void;
  STEP_EVENT_CALLBACKS: EventCallbacks;
  flowActions: FlowActions;
  createHold: typeof createHold;
  /** Warns once about misspelt config keys and attributes (the table of known keys travels here). */
  warnUnknown(config: WidgetConfig, el?: Element): void;
  /** The popup and the floating button (`embed/popupTriggers.ts` asks for them). */
  showPopup: typeof showPopup;
  floatingButton: typeof floatingButton;
  watchPopups(doc: Document): void;
  /** Manage mode: reads the booking a signed link names (`model/createManage.ts`). */
  startManage: typeof startManage;
  ManageView: ComponentType;
  /** The waitlist of a sold-out group session (`model/createWaitlist.ts`) and its step. */
  createWaitlist: typeof createWaitlist;
  WaitlistView: ComponentType;
}

/** One widget's view of the lazily loaded steps. */
export interface StepsState {
  /** The loaded steps, or null until they are there. */
  value: ReadonlySignal<StepsModule | null>;
  /** The last download failed (offline, file missing); `load()` tries again. */
  failed: ReadonlySignal<boolean>;
  /** Fetches the steps (once per page; every widget shares the download); resolves null on failure, never rejects. */
  load(): Promise<StepsModule | null>;
}

/**
 * The steps as one widget sees them: loaded, failed, or not asked for yet.
 * @example const steps = createStepsState(); void steps.load(); // after the calendar shows
 */
export function createStepsState(load?: () => Promise<StepsModule>): StepsState {
  // The page's copy when another widget already fetched it (with the default loader).
  const value = signal<StepsModule | null>(load ? null : importedSteps);
  load ??= importSteps;
  const failed = signal(false);
  return {
    value,
    failed,
    load() {
      if (value.peek()) return Promise.resolve(value.peek());
      failed.value = false;
      return load().then(
        (mod) => (value.value = mod),
        (error: unknown) => {
          failed.value = true;
          return stepsFailed(error);
        },
      );
    },
  };
}
