// @vitest-environment node
// (node: the size check gzips with node:zlib, which the browser-like environment does not offer)
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { CATALOG_GZIP_BUDGET, CATALOGS } from './catalogs';
import { LANGUAGES } from './languages';
import { placeholders, type MessageValue } from './formatMessage';

const english: Record<string, MessageValue> = en;
const translations = Object.entries(CATALOGS).filter(([language]) => language !== 'en');
const codeNames = (value: MessageValue) =>
  (typeof value === 'string' ? [value] : Object.values(value)).flatMap((text) => text.match(/`[^`]+`/g) ?? []).sort();

describe.each(translations)('catalog %s', (language, catalog) => {
  const messages: Record<string, MessageValue> = catalog;

  it('has every English key and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(english))('%s: same kind, same placeholders, same config names', (key) => {
    const source = english[key];
    const translated = messages[key];
    expect(typeof translated).toBe(typeof source);
    expect(placeholders(translated).sort()).toEqual(placeholders(source).sort());
    // A plural form may leave the count out ("one minute") but may not invent a placeholder.
    if (typeof translated !== 'string') {
      expect(translated.other).toBeTruthy();
      for (const form of Object.values(translated)) expect(placeholders(source)).toEqual(expect.arrayContaining(placeholders(form)));
    }
    expect(codeNames(translated)).toEqual(codeNames(source));
    expect(typeof translated === 'string' ? translated : translated.other).not.toBe('');
  });

  it('gives every plural form the language has', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    // A category only reached by huge numbers (French/Spanish "many": 1 000 000) may use `other`.
    const needed = categories.filter((c) => !['many', 'other'].includes(c) || language === 'ar');
    for (const [key, value] of Object.entries(messages)) {
      if (typeof value !== 'string') expect([key, Object.keys(value).sort()]).toEqual([key, expect.arrayContaining(needed)]);
    }
  });
});

describe('languages', () => {
  it('LANGUAGES (what the widget may choose) lists exactly the shipped catalogs', () => {
    expect([...LANGUAGES].sort()).toEqual(Object.keys(CATALOGS).sort());
  });
});

describe('catalog size', () => {
  it.each(Object.entries(CATALOGS))('%s stays within its gzip budget', (language, catalog) => {
    const bytes = gzipSync(JSON.stringify(catalog), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(CATALOG_GZIP_BUDGET);
  });
});

describe('Arabic', () => {
  it('has all six plural forms for every counted message', () => {
    for (const value of Object.values(CATALOGS.ar)) {
      if (typeof value !== 'string') expect(Object.keys(value).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    }
  });
});
