import { computed, type ReadonlySignal } from '@preact/signals';
import type { ResolvedConfig } from '../config/types';
import type { CatalogStore } from '../i18n/createCatalogStore';
import { createI18n, type I18n } from '../i18n/index';
import type { StepsState } from './steps';

/** Where the widget's language comes from besides its config. */
export interface TranslationDeps {
  config: ReadonlySignal<ResolvedConfig>;
  steps: StepsState;
  catalogs: CatalogStore;
  pageLang?: string;
  navigatorLanguages?: readonly string[];
}

/**
 * One widget's language: the `I18n` its config asks for, the problem with that config if any (the
 * widget then speaks English and the config error view names the key), and the loading of the
 * chosen language's texts, which runs in parallel with the project and the times.
 */
export function createTranslation({ config, steps, catalogs, pageLang, navigatorLanguages }: TranslationDeps) {
  // createI18n throws (naming the key) on a malformed ui.locale/localization.
  const result = computed(() => {
    const ui = config.value.ui;
    // English for the steps' texts comes with the steps; until then they are not on screen.
    const loaded = catalogs.loaded.value;
    const en = steps.value.value?.enSteps;
    const base = { pageLang, navigatorLanguages, catalogs: en ? { ...loaded, en } : loaded };
    try {
      return {
        i18n: createI18n({ ...base, locale: ui.locale, overrides: ui.localization, timeDateFormat: ui.time_date_format }),
        error: null,
      };
    } catch (e) {
      return { i18n: createI18n(base), error: (e as Error).message };
    }
  });
  const i18n = computed<I18n>(() => result.value.i18n);
  // The skeleton stays until the texts are there (or have failed: English), so no step flashes in English.
  let translated: Promise<void> = Promise.resolve();
  return {
    i18n,
    /** What is wrong with `ui.locale` / `ui.localization`, as `createI18n` said it; null when nothing. */
    error: () => result.peek().error,
    /** Loads the texts of the language the config (now) asks for. */
    translate() {
      const cfg = config.peek();
      translated = catalogs.load(i18n.peek().catalog, { url: cfg.ui.localization_url, timeoutMs: cfg.request_timeout });
    },
    /** Settles when the latest `translate()` has loaded or failed. */
    translated: () => translated,
  };
}
