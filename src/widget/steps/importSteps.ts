import type { StepsModule } from '../model/steps';
import { loadCheck } from '../config/loadCheck';

let pending: Promise<StepsModule> | null = null;
/** The steps' code once an earlier widget of the page has it (a new widget starts with it). */
export let importedSteps: StepsModule | null = null;

/**
 * Fetches the steps' code (`./index.ts`) once per page, checked against the model's `StepsModule`;
 * a failed download is asked for again on the next call. Widgets keep their own state of it
 * (`model/steps.ts`): this is code, like the module cache.
 */
export function importSteps(): Promise<StepsModule> {
  // The steps build on the first screen's components, which come in the config-check file: that
  // file asks for this one (the script build then loads it after them).
  return (pending ??= loadCheck()
    .then((check) => {
      if (!check) throw new Error('the config-check file could not be loaded');
      return check.importStepsFile();
    })
    .then(
      (mod): StepsModule => (importedSteps = mod),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
}

/**
 * The steps' code for what belongs to no one widget (the popup, the floating button): resolves
 * null when the download failed (logged), never rejects.
 * @example void loadStepsCode().then((s) => s?.watchPopups(document));
 */
export function loadStepsCode(): Promise<StepsModule | null> {
  return importSteps().catch(stepsFailed);
}

/** Logs a failed download of the steps; null stands for "not there". */
export function stepsFailed(error: unknown): null {
  console.error('Booking widget: could not load the booking form', error);
  return null;
}
