import type { WidgetConfig } from '../config/types';
import { loadStepsCode } from '../steps/importSteps';

/** What `openPopup` and `showFloatingButton` return. */
export interface PopupHandle {
  /** Closes the popup or removes the button (once it is there, if called before). */
  close(): void;
}

/**
 * Opens the widget in a modal dialog (the dialog's code comes with the steps file).
 * @example const popup = openPopup({ app_key: 'test_widget_key_demo', project_slug: 'doc-brown' }); popup.close();
 */
export function openPopup(config: WidgetConfig): PopupHandle {
  const popup = loadStepsCode().then((s) => s?.showPopup(config));
  return { close: () => void popup.then((shown) => shown?.close()) };
}

/**
 * Shows a button fixed to a corner that opens the popup (`ui.floating_button`); `close()` removes it.
 * @example showFloatingButton({ app_key: 'test_widget_key_demo', project_slug: 'doc-brown', ui: { floating_button: { text: 'Book a call' } } })
 */
export function showFloatingButton(config: WidgetConfig): PopupHandle {
  const button = loadStepsCode().then((s) => s?.floatingButton(config));
  return { close: () => void button.then((shown) => shown?.remove()) };
}

/**
 * When `doc` has a popup trigger or a floating button, fetches the steps file (which holds the
 * dialog) and lets it watch the page (`watchPopups`). A page whose triggers all arrive later calls
 * `watchPopups(document)` from the npm build, or `openPopup`.
 * @example findPopups(document)
 */
export function findPopups(doc: Document): void {
  if (doc.querySelector('[data-booking-popup],[data-booking-floating-button]')) void loadStepsCode().then((s) => s?.watchPopups(doc));
}

/**
 * npm build: makes `[data-booking-popup]` elements of `doc` open the popup and shows its
 * `[data-booking-floating-button]` buttons (what the script build does by itself).
 * @example watchPopups(document)
 */
export function watchPopups(doc: Document = document): void {
  void loadStepsCode().then((s) => s?.watchPopups(doc));
}
