/**
 * The config-check file (`check/index.ts`: the validation table, the manage-link and error-answer
 * readers, and the first screen's drawing: Preact, the components, the CSS), fetched once per page.
 * The script starts it as it runs (`embed.ts`), so a widget's start finds it on its way; a failed
 * download (offline) is asked for again by the next start.
 */
/** The config-check file's module. */
export type CheckModule = typeof import('./check/index');

let pending: Promise<CheckModule> | null = null;

/**
 * The config-check module, or null when its file could not be loaded (a start then fails as a
 * network error, and its Try again asks anew). Never rejects.
 * @example const check = await loadCheck(); check?.validateConfig(config);
 */
export function loadCheck(): Promise<CheckModule | null> {
  return (pending ??= import('./check/index')).catch(() => {
    pending = null;
    return null;
  });
}
