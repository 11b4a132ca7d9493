import type { ReadonlySignal, Signal } from '../signals';
import type { ApiError } from '../api/ApiError';
import type { BookingBackend } from '../api/types';
import type { ResolvedConfig } from '../config/types';
import type { I18n } from '../i18n/index';
import type { Manage } from './createManage';
import type { Emit } from './events';
import type { StepsState } from './steps';
import type { CheckModule } from '../config/loadCheck';

/** Which step the widget shows. */
export type Phase = 'loading' | 'calendar' | 'form' | 'confirmation' | 'manage' | 'waitlist' | 'error';

/**
 * What every model of one widget shares (the root, `BookingModel.ts`, makes it): the resolved
 * config and language, the step shown, focus and announcements, events, the backend, the clock and
 * the lazily loaded steps.
 */
export interface WidgetCore {
  config: ReadonlySignal<ResolvedConfig>;
  i18n: ReadonlySignal<I18n>;
  phase: Signal<Phase>;
  /** Bumped when a visitor's action should move focus to the current step's heading. */
  focusRequest: Signal<number>;
  /** Says `text` in the polite live region (again, when it is the same text). */
  announce(text: string): void;
  /** Shows a failed load in the error view, announced, logged and sent as `booking:error`. */
  fail(error: ApiError): void;
  emit: Emit;
  /** The config's backend (or the one injected for tests). */
  backend(): Promise<BookingBackend>;
  /** The backend the last start made (null before): what the picker asks for its last day. */
  chosenBackend: ReadonlySignal<BookingBackend | null>;
  /** Resolves when the chosen language's texts are there (or have failed: English). */
  translated(): Promise<void>;
  now(): Date;
  steps: StepsState;
  /** The config-check file's module (config/check/), set by each start before anything shows: views take their time buttons from it. */
  check: Signal<CheckModule | null>;
  /** Manage mode (a signed link's booking), once the steps started it; null otherwise. */
  manage: Signal<Manage | null>;
}
