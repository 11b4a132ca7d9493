import type { ModuleLocale, ModuleMessage } from '../../wire/bookingtime';

/** Message texts of the Module routes in both languages; `{x}` are filled in. */
const TEXTS = {
  token_missing: {
    en: 'An access token is required: Authorization: Bearer <token> from /oauth/token',
    de: 'Ein Access-Token fehlt: Authorization: Bearer <Token> von /oauth/token',
  },
  token_invalid: {
    en: 'The access token is unknown or has expired; get a new one from /oauth/token',
    de: 'Das Access-Token ist unbekannt oder abgelaufen; holen Sie ein neues von /oauth/token',
  },
  other_organization: {
    en: 'The access token belongs to another organization',
    de: 'Das Access-Token gehört zu einer anderen Organisation',
  },
  not_found: { en: '{what} {id} does not exist', de: '{what} {id} existiert nicht' },
  out_of_range: {
    en: 'must lie between {from} and {to}: availability and appointments exist from today to the end of next year',
    de: 'muss zwischen {from} und {to} liegen: Verfügbarkeiten und Termine gibt es von heute bis zum Ende des nächsten Jahres',
  },
  bad_date: { en: 'is not a valid {what}', de: 'ist kein gültiger Wert für {what}' },
  required: { en: 'is required', de: 'ist erforderlich' },
  not_text: { en: 'must be a text', de: 'muss ein Text sein' },
  not_email: { en: '"{value}" is not an email address', de: '"{value}" ist keine E-Mail-Adresse' },
  slot_taken: { en: 'This time is no longer free; choose another slot', de: 'Dieser Termin ist nicht mehr frei; wählen Sie einen anderen' },
  slot_unknown: { en: 'Slot {id} is unknown; list the slots again', de: 'Slot {id} ist unbekannt; laden Sie die Slots neu' },
  bad_json: { en: 'The body must be a JSON object', de: 'Der Inhalt muss ein JSON-Objekt sein' },
  bad_field: { en: 'is not a field name this API accepts', de: 'ist kein Feldname, den diese API annimmt' },
  over_limit: {
    en: 'is larger than this API accepts: at most {text} characters a text, {items} items a list, {keys} keys an object, {depth} levels deep',
    de: 'ist größer, als diese API annimmt: höchstens {text} Zeichen je Text, {items} Einträge je Liste, {keys} Schlüssel je Objekt, {depth} Ebenen tief',
  },
  bad_locale: { en: 'Language {value} is not offered; use en or de', de: 'Sprache {value} wird nicht angeboten; nutzen Sie en oder de' },
  not_allowed: { en: 'This appointment can not be {what}: it is {state}', de: 'Dieser Termin kann nicht {what} werden: er ist {state}' },
} as const;

/** A message id of the Module routes. */
export type TextId = keyof typeof TEXTS;

/** The text of `id` in `locale` with `{x}` filled from `vars`. */
export function text(locale: ModuleLocale, id: TextId, vars: Record<string, string> = {}): string {
  return TEXTS[id][locale].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
}

/** An error message about `parameter` (null: about the request as a whole). */
export const errorMessage = (parameter: string | null, t: string): ModuleMessage => ({
  class: 'MESSAGE',
  type: 'error',
  parameter,
  text: t,
});

/** A refusal of a Module route: its status and messages, shaped into an envelope once by the sub-app. */
export class ModuleError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 422,
    readonly messages: ModuleMessage[],
  ) {
    super(messages.map((m) => m.text).join('; '));
  }
}

/** A refusal with one message about `parameter`. */
export const refuse = (status: ModuleError['status'], parameter: string | null, t: string): ModuleError =>
  new ModuleError(status, [errorMessage(parameter, t)]);
