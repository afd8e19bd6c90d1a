import { type Lang, langOf } from './locale.js';

/**
 * Declares an element's messages once per language. English is the shape the Russian must match,
 * so a missing translation is a type error, not a blank on a partner's page.
 */
export function catalog<M>(messages: Record<Lang, M>): (locale: string) => M {
  return (locale) => messages[langOf(locale)];
}
