import { describe, expect, it } from 'vitest';
import { formatMessage, placeholders, type MessageLocale, type MessageValue, type Params } from './formatMessage';

const inLocale = (tag: string): MessageLocale => {
  const rules = new Intl.PluralRules(tag);
  const numbers = new Intl.NumberFormat(tag);
  return { plural: (n) => rules.select(n), number: (n) => numbers.format(n) };
};
const seats = { one: '{count} of {total} seat left', other: '{count} of {total} seats left' };

describe('formatMessage', () => {
  it.each<[string, MessageValue, Params, string, string[], string]>([
    ['fills placeholders', 'Times on {date}', { date: 'Tue 24' }, 'en', [], 'Times on Tue 24'],
    ['keeps a placeholder without value visible', 'Book {date}, {time}', { date: 'Tue' }, 'en', [], 'Book Tue, {time}'],
    ['one', seats, { count: 1, total: 5 }, 'en', [], '1 of 5 seat left'],
    ['other', seats, { count: 2, total: 5 }, 'en', [], '2 of 5 seats left'],
    ['zero is other in English', seats, { count: 0, total: 5 }, 'en', [], '0 of 5 seats left'],
    ['no count → other', seats, { total: 5 }, 'en', [], '{count} of 5 seats left'],
    ['numeric string count', seats, { count: '1', total: 5 }, 'en', [], '1 of 5 seat left'],
    ['numbers in the locale way', seats, { count: 1234, total: 5000 }, 'de', [], '1.234 of 5.000 seats left'],
    ['a missing form falls back to other', { one: 'a', other: 'b' }, { count: 2 }, 'ar', [], 'b'],
    [
      '%s takes the named English placeholder',
      'Sent to %s.',
      { name: 'Ann', email: 'a@example.com' },
      'en',
      ['email'],
      'Sent to a@example.com.',
    ],
    ['%s without names takes the first param', 'Sent to %s', { email: 'a@example.com' }, 'en', [], 'Sent to a@example.com'],
    ['successive %s', '%s at %s', { date: 'Tue', time: '3 PM' }, 'en', ['date', 'time'], 'Tue at 3 PM'],
    ['%s and {name} together', '%s, {name}', { email: 'e', name: 'n' }, 'en', ['email'], 'e, n'],
    ['a value is not read again', 'Hi {name}', { name: '{email} %s', email: 'x' }, 'en', [], 'Hi {email} %s'],
  ])('%s', (_, value, params, tag, printfNames, expected) => {
    expect(formatMessage(value, params, inLocale(tag), printfNames)).toBe(expected);
  });

  const arSeats = { zero: 'z', one: 'o', two: 't', few: 'f{count}', many: 'm{count}', other: 'x{count}' };
  it.each([
    [0, 'z'],
    [1, 'o'],
    [2, 't'],
    [3, 'f3'],
    [10, 'f10'],
    [11, 'm11'],
    [99, 'm99'],
    [100, 'x100'],
    [102, 'x102'],
    [103, 'f103'],
  ])('Arabic plural of %i', (count, expected) => {
    expect(formatMessage(arSeats, { count }, { ...inLocale('ar'), number: String }, [])).toBe(expected);
  });
});

describe('placeholders', () => {
  it.each<[MessageValue, string[]]>([
    ['Book {date}, {time}', ['date', 'time']],
    ['{a} {b} {a}', ['a', 'b']],
    [seats, ['count', 'total']],
    [{ one: 'one', other: '{count} {unit}' }, ['count', 'unit']],
    ['none', []],
  ])('%j → %j', (value, names) => {
    expect(placeholders(value)).toEqual(names);
  });
});
