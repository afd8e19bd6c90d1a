// For publishers: the zod schemas the widgets validate feeds with, and `checkFeed`, which reads a
// feed exactly as the widgets do and says what they would show, what they would skip and why.
// `npm run build` writes the three documents below to schemas/*.json (JSON Schema 2020-12), and
// the `news-widgets check` command runs checkFeed. Nothing here touches the DOM: it runs in Node.

import * as z from 'zod/mini';
import { toFeedError } from './core/errors.js';
import type { FeedParser } from './core/validate.js';
import { type Country, parseCountries } from './country-tag-cloud/countries.normalize.js';
import { countrySchemas } from './country-tag-cloud/countries.schema.js';
import { type NewsFeed, parseNewsFeed } from './news/news.normalize.js';
import { ITEM_NEEDS_ONE_OF, newsSchemas } from './news/news.schema.js';
import { parseSchedule, type Schedule } from './tv-schedule/schedule.normalize.js';
import { RATINGS, scheduleSchemas } from './tv-schedule/schedule.schema.js';

// The widgets build their schemas when they first read a feed; whoever imports this module wants
// them now.
const { CountrySchema, CountriesObjectSchema } = countrySchemas();
const { AuthorSchema, NewsExtensionSchema, NewsItemSchema, NewsEnvelopeSchema } = newsSchemas();
const { ChannelSchema, ProgrammeSchema, ScheduleEnvelopeSchema } = scheduleSchemas();

export {
  AuthorSchema,
  ChannelSchema,
  CountrySchema,
  ITEM_NEEDS_ONE_OF,
  NewsExtensionSchema,
  NewsItemSchema,
  ProgrammeSchema,
  RATINGS,
};

// The widgets check an envelope first and its items one by one; as whole documents, the envelopes
// carry their item schemas.

/** A news feed: JSON Feed 1 or 1.1 with the `_news` extension. */
export const NewsFeedSchema = z.extend(NewsEnvelopeSchema, { items: z.array(NewsItemSchema) });
/** A TV channel's schedule. */
export const TvScheduleSchema = z.extend(ScheduleEnvelopeSchema, { programmes: z.array(ProgrammeSchema) });
/** Country pages: `{ countries: [...] }`, or the array itself. */
export const CountriesSchema = z.union([
  z.extend(CountriesObjectSchema, { countries: z.array(CountrySchema) }),
  z.array(CountrySchema),
]);

/** A feed as a publisher writes it. */
export type NewsFeedInput = z.input<typeof NewsFeedSchema>;
export type TvScheduleInput = z.input<typeof TvScheduleSchema>;
export type CountriesInput = z.input<typeof CountriesSchema>;
export type { Country, NewsFeed, Schedule };

export type FeedKind = 'news' | 'tv' | 'countries';
export const FEED_KINDS: readonly FeedKind[] = ['news', 'tv', 'countries'];

/** What each kind of feed becomes once the widgets have read it. */
export interface FeedData {
  news: NewsFeed;
  tv: Schedule;
  countries: Country[];
}

const PARSERS: { [K in FeedKind]: FeedParser<FeedData[K]> } = {
  news: parseNewsFeed,
  tv: parseSchedule,
  countries: parseCountries,
};
const counted: { [K in FeedKind]: (data: FeedData[K]) => number } = {
  news: (data) => data.items.length,
  tv: (data) => data.programmes.length,
  countries: (data) => data.length,
};

/** The kind of feed a document looks like, or undefined when it cannot be told. */
export function guessKind(value: unknown): FeedKind | undefined {
  if (Array.isArray(value)) return 'countries';
  if (typeof value !== 'object' || value === null) return undefined;
  if ('countries' in value) return 'countries';
  if ('programmes' in value || 'channel' in value) return 'tv';
  if ('items' in value || String((value as { version?: unknown }).version).includes('jsonfeed.org')) return 'news';
  return undefined;
}

/** One item the widgets would leave out. */
export interface Skip {
  /** Where in the feed, like `items.3.title`. */
  path: string;
  /** Why, in English. */
  reason: string;
}

export interface FeedCheck<K extends FeedKind = FeedKind> {
  kind: K;
  /** Why the widgets refuse the feed as a whole (their error state, and `widget-error`'s message). */
  refused?: string;
  /** What the widgets would render: the feed normalized (absent when refused). */
  data?: FeedData[K];
  /** How many items (news items, programmes or countries) they would show. */
  shown: number;
  /** Each item they would skip, with where and why. */
  skipped: Skip[];
}

/**
 * Reads `value` (a parsed JSON document) as the widgets read a feed of `kind`. `base` is the URL
 * the feed is served from: relative links resolve against it (without one, they are dropped).
 */
export function checkFeed<K extends FeedKind>(kind: K, value: unknown, base = 'about:blank'): FeedCheck<K> {
  const skipped: Skip[] = [];
  try {
    const parse = PARSERS[kind] as FeedParser<FeedData[K]>;
    const { data } = parse(value, base, (path, reason) => skipped.push({ path, reason }));
    return { kind, data, shown: (counted[kind] as (data: FeedData[K]) => number)(data), skipped };
  } catch (error) {
    return { kind, refused: toFeedError(error).message, shown: 0, skipped };
  }
}
