import { describe, expect, it } from 'vitest';
import { canonicalTag, matchCatalog, resolveLocale, type LocaleSources } from './resolveLocale';

const AVAILABLE = ['en', 'de', 'fr', 'es', 'nl', 'ar'];

describe('resolveLocale', () => {
  it.each<[string, LocaleSources, string, string]>([
    ['nothing known → en', {}, 'en', 'en'],
    ['ui.locale wins over page and browser', { locale: 'fr', pageLang: 'de', navigatorLanguages: ['nl'] }, 'fr', 'fr'],
    ['full tag kept for formatting, catalog by language', { locale: 'de-AT' }, 'de-AT', 'de'],
    ['underscore and case are forgiven', { locale: 'de_at' }, 'de-AT', 'de'],
    ['ui.locale without a catalog still formats in it, messages in English', { locale: 'pt-BR', pageLang: 'de' }, 'pt-BR', 'en'],
    ['blank ui.locale is ignored', { locale: '  ', pageLang: 'nl' }, 'nl', 'nl'],
    ['page language next', { pageLang: 'es-MX', navigatorLanguages: ['de-DE'] }, 'es-MX', 'es'],
    ['page language without a catalog yields to the browser', { pageLang: 'pt-BR', navigatorLanguages: ['pt-PT', 'de-AT'] }, 'de-AT', 'de'],
    ['browser order is respected', { navigatorLanguages: ['ja', 'ar-EG', 'fr'] }, 'ar-EG', 'ar'],
    ['pt alone falls back to en', { navigatorLanguages: ['pt'] }, 'en', 'en'],
    ['an invalid page lang is skipped', { pageLang: 'not a tag!', navigatorLanguages: ['nl-BE'] }, 'nl-BE', 'nl'],
    ['a bare language takes the visitor region', { pageLang: 'en', navigatorLanguages: ['en-GB', 'en'] }, 'en-GB', 'en'],
    ['…also for ui.locale', { locale: 'de', navigatorLanguages: ['fr-FR', 'de-CH'] }, 'de-CH', 'de'],
    ['…but never a region of another language', { locale: 'de', navigatorLanguages: ['fr-FR'] }, 'de', 'de'],
    ['a tag with a region is kept as given', { locale: 'en-US', navigatorLanguages: ['en-GB'] }, 'en-US', 'en'],
  ])('%s', (_, sources, locale, catalog) => {
    expect(resolveLocale(sources, AVAILABLE)).toEqual({ locale, catalog });
  });

  it('rejects a malformed ui.locale with a message naming the key', () => {
    expect(() => resolveLocale({ locale: 'deutsch!' }, AVAILABLE)).toThrow(/ui\.locale "deutsch!" is not a language tag/);
  });
});

describe('matchCatalog', () => {
  it.each<[string, string[], string | undefined]>([
    ['de-AT', ['en', 'de'], 'de'],
    ['pt-BR', ['en', 'pt', 'pt-BR'], 'pt-BR'],
    ['pt-PT', ['en', 'pt', 'pt-BR'], 'pt'],
    ['zh-Hant-TW', ['zh-Hant', 'zh'], 'zh-Hant'],
    ['PT-br', ['pt-BR'], 'pt-BR'],
    ['pt', ['en', 'de'], undefined],
  ])('%s in %j → %s', (tag, available, expected) => {
    expect(matchCatalog(tag, available)).toBe(expected);
  });
});

describe('canonicalTag', () => {
  it.each([
    ['de_at', 'de-AT'],
    [' EN-gb ', 'en-GB'],
    ['iw', 'he'],
    ['', undefined],
    [undefined, undefined],
    ['x y', undefined],
  ])('%j → %j', (tag, expected) => {
    expect(canonicalTag(tag)).toBe(expected);
  });
});
