import type { BookingModel } from './BookingModel';

/**
 * "Try again" after a failed start (the error view, the offline notice): starts again and, once that
 * start has settled, gives the focus to the step it shows (its heading, `useStepFocus`). The button
 * that had the focus is gone by then; without this the focus would fall back to the page and a
 * keyboard or screen-reader user would have to find the widget again. A start that a newer one
 * replaced (an `update()` meanwhile) leaves the focus to that one.
 * @example <button onClick={() => retryStart(m)}>Try again</button>
 */
export async function retryStart(model: Pick<BookingModel, 'start' | 'phase' | 'focusRequest'>): Promise<void> {
  await model.start();
  if (model.phase.peek() !== 'loading') model.focusRequest.value++;
}
