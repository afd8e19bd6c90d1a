import { safeUrl } from '../core/safe-url.js';
import { bounded, MAX } from '../core/text.js';
import { type Parsed, parseItems, parseStrict, type SkipReport } from '../core/validate.js';
import { countrySchemas } from './countries.schema.js';

/** One country as given; its display name depends on the language, so it is found at render. */
export interface Country {
  name?: string;
  /** Upper-case ISO 3166-1 alpha-2. */
  code?: string;
  slug?: string;
  /** An absolute http(s) URL from the feed. */
  url?: string;
  weight?: number;
}

/** The world has about 250 countries: entries past this many are skipped (and counted). */
export const MAX_COUNTRIES = 500;

export function parseCountries(input: unknown, base: string, report?: SkipReport): Parsed<Country[]> {
  const { CountriesEnvelopeSchema, CountrySchema } = countrySchemas();
  const document = parseStrict(CountriesEnvelopeSchema, input);
  const [all, at] = Array.isArray(document) ? [document, ''] : [document.countries, 'countries'];
  const { items, skipped } = parseItems(CountrySchema, all.slice(0, MAX_COUNTRIES), at, report);
  if (all.length > MAX_COUNTRIES) report?.(at, `${all.length - MAX_COUNTRIES} entries past the first ${MAX_COUNTRIES}`);
  return {
    data: items.map((item) =>
      typeof item === 'string'
        ? { name: bounded(item, MAX.name) }
        : {
            name: bounded(item.name, MAX.name),
            code: item.code?.toUpperCase(),
            slug: bounded(item.slug, MAX.name),
            url: safeUrl(item.url, base),
            weight: item.weight,
          },
    ),
    skipped: skipped + Math.max(0, all.length - MAX_COUNTRIES),
  };
}
