/**
 * The folder the script build fetches translations from when `ui.localization_url` is not set:
 * `locales/` beside `booking.js`. `embed.ts` records the script's own URL while the script runs
 * (`document.currentScript` exists only then). Kept at module level on purpose: it describes the
 * one script file, not a widget, so every widget on the page reads the same value.
 */
let folder: string | undefined;

/**
 * Records where the script was loaded from; the translations are in `locales/` next to it.
 * @example setScriptUrl('https://cdn.example.com/booking/booking.js') // → …/booking/locales/
 */
export function setScriptUrl(scriptUrl: string | undefined): void {
  folder = scriptUrl ? new URL('locales/', scriptUrl).href : undefined;
}

/** The default translations folder, or `undefined` when the script URL is unknown. */
export function catalogFolder(): string | undefined {
  return folder;
}
