import { computed, type ReadonlySignal } from '../signals';
import type { ConfigError, ResolvedConfig } from '../config/types';
import { createCatalogStore } from '../i18n/createCatalogStore';
import { createI18n, type I18n } from '../i18n/index';
import type { ModelDeps } from './deps';
import type { StepsState } from './steps';

/**
 * One widget's language: its `I18n`, what is wrong with `ui.locale` / `ui.localization` (null when
 * nothing, else a config error naming the key; the widget then speaks English), the loading of
 * the chosen language's texts, and a promise of the latest load. A tuple, so the script build keeps
 * no property names for it.
 * @example const [i18n, i18nError, translate, translated] = createTranslation(config, steps, deps);
 */
export function createTranslation(
  config: ReadonlySignal<ResolvedConfig>,
  steps: StepsState,
  deps: Pick<ModelDeps, 'catalogs' | 'pageLang' | 'navigatorLanguages'>,
): [ReadonlySignal<I18n>, () => ConfigError | null, () => void, () => Promise<void>] {
  const catalogs = deps.catalogs ?? createCatalogStore();
  // createI18n throws (naming the key) on a malformed ui.locale/localization.
  const result = computed(() => {
    const ui = config.value.ui;
    // English for the steps' texts comes with the steps; until then they are not on screen.
    const loaded = catalogs.loaded.value;
    const en = steps.value.value?.enSteps;
    const base = { pageLang: deps.pageLang, navigatorLanguages: deps.navigatorLanguages, catalogs: en ? { ...loaded, en } : loaded };
    try {
      return {
        i18n: createI18n({ ...base, locale: ui.locale, overrides: ui.localization, timeDateFormat: ui.time_date_format }),
        error: null,
      };
    } catch (e) {
      return { i18n: createI18n(base), error: (e as Error).message };
    }
  });
  const i18n = computed(() => result.value.i18n);
  // The chosen language's texts load in parallel with the project and the times; the skeleton
  // stays until they are there (or have failed: English), so no step flashes in English.
  let translated: Promise<void> = Promise.resolve();
  return [
    i18n,
    // "ui.locale "x" is not a language tag; …" as a config error: the key, and the rest as the message.
    (): ConfigError | null => {
      const problem = result.peek().error;
      if (!problem) return null;
      const [, key = 'ui.locale', message = problem] = /^`?(ui\.[\w.]+)`?:?\s*([^]*)/.exec(problem) ?? [];
      return { key, message };
    },
    () => {
      const cfg = config.peek();
      translated = catalogs.load(i18n.peek().catalog, { url: cfg.ui.localization_url, timeoutMs: cfg.request_timeout });
    },
    () => translated,
  ];
}
