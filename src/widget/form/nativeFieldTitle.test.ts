import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/createI18nLoaded';
import { toFormFields } from './fields';
import { nativeFieldTitle } from './nativeFieldTitle';

describe('nativeFieldTitle', () => {
  it.each([
    ['en', 'email', 'E-mail'],
    ['de', 'email', 'E-Mail'],
    ['de', 'name', 'Name'],
    ['fr', 'phone', 'Téléphone'],
    ['ar', 'name', 'الاسم'],
    ['nl', 'last_name', 'Achternaam'],
    ['de', 'favourite_colour', undefined],
  ])('%s %s → %s', (locale, key, title) => expect(nativeFieldTitle(createI18n({ locale }), key)).toBe(title));

  it('titles untitled native fields in the visitor language and leaves config titles alone', () => {
    const i18n = createI18n({ locale: 'es' });
    const fields = toFormFields(
      { name: { required: true }, email: { format: 'email' }, company: { title: 'Empresa' }, budget: {} },
      (key) => nativeFieldTitle(i18n, key),
    );
    expect(fields.map((f) => f.title)).toEqual(['Nombre', 'Correo electrónico', 'Empresa', 'budget']);
  });

  it('titles split names too', () => {
    const fields = toFormFields({ name: { split_name: true } }, (key) => nativeFieldTitle(createI18n({ locale: 'de' }), key));
    expect(fields.map((f) => f.title)).toEqual(['Vorname', 'Nachname']);
  });
});
