import { langOf } from './locale.js';

// Intl objects are costly to build and a page may hold hundreds of elements: build each once.
// Looked up first by the options object itself (message catalogs pass the same object every
// time, so a list of 1 000 items costs no string keys), then by its contents.
const cache = new Map<string, unknown>();
const byOptions = new WeakMap<object, Map<string, unknown>>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  let forOptions = byOptions.get(options);
  const fast = forOptions?.get(`${kind}|${locale}`) as T | undefined;
  if (fast !== undefined) return fast;
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  if (!forOptions) {
    forOptions = new Map();
    byOptions.set(options, forOptions);
  }
  forOptions.set(`${kind}|${locale}`, value);
  return value;
}

const NONE = {};

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = NONE) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

/** Dates and times; pass `timeZone` in the options to show them in a zone other than the viewer's. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = NONE) =>
  cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const pluralRules = (locale: string, options: Intl.PluralRulesOptions = NONE) =>
  cached('plural', locale, options, () => new Intl.PluralRules(locale, options));

export const collator = (locale: string, options: Intl.CollatorOptions = NONE) =>
  cached('collator', locale, options, () => new Intl.Collator(locale, options));

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('names', locale, options, () => new Intl.DisplayNames(locale, options));

/** Plural forms of one word, by CLDR category; `other` is required as the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The word for `count`: for `ru` 1 просмотр, 3 просмотра, 5 просмотров, 1,5 просмотра. */
export function pluralWord(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralRules(locale).select(count)] ?? forms.other;
}

/** True when `zone` is an IANA zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A count as people write it: Russian leaves four-digit numbers whole (3259, 32 590),
 * English groups them (3,259).
 */
export function formatCount(locale: string, count: number): string {
  return numberFormat(locale, langOf(locale) === 'ru' ? MIN2 : NONE).format(count);
}

const MIN2: Intl.NumberFormatOptions = { useGrouping: 'min2' };

/** A count with its word: "3259 просмотров", "1 view". */
export function countLabel(locale: string, count: number, forms: PluralForms): string {
  return `${formatCount(locale, count)} ${pluralWord(locale, count, forms)}`;
}
