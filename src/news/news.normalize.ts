import { safeUrl } from '../core/safe-url.js';
import { bounded, MAX } from '../core/text.js';
import { type Parsed, parseItems, parseStrict, type SkipReport } from '../core/validate.js';
import { type NewsItemInput, newsSchemas } from './news.schema.js';

export interface NewsAuthor {
  name: string;
  url?: string;
}

/** One news item as the elements render it: URLs checked and absolute, dates parsed. */
export interface NewsItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  /** Untrusted HTML: only ever rendered through the sanitizer. */
  contentHtml?: string;
  contentText?: string;
  image?: string;
  date?: Date;
  authors: NewsAuthor[];
  tags: string[];
  language?: string;
  source?: string;
  views?: number;
  imageCredit?: string;
  countries: string[];
  /** The URL the item's relative links resolve against. */
  base: string;
}

export interface NewsFeed {
  title: string;
  language?: string;
  homePageUrl?: string;
  items: NewsItem[];
}

/** Validates a JSON Feed: the envelope strictly, items leniently. Relative URLs resolve against `base`. */
export function parseNewsFeed(input: unknown, base: string, report?: SkipReport): Parsed<NewsFeed> {
  const { NewsEnvelopeSchema, NewsItemSchema } = newsSchemas();
  const feed = parseStrict(NewsEnvelopeSchema, input);
  // Ids are keys (of the list, of `item`): compared as strings, the first of a kind wins.
  const { items, skipped } = parseItems(NewsItemSchema, feed.items, 'items', report, (item) => String(item.id));
  return {
    data: {
      title: bounded(feed.title, MAX.title) ?? '',
      language: feed.language,
      homePageUrl: safeUrl(feed.home_page_url, base),
      items: items.map((item) => normalizeItem(item, base)),
    },
    skipped,
  };
}

function normalizeItem(item: NewsItemInput, base: string): NewsItem {
  const extension = item._news ?? {};
  const authors = item.authors ?? (item.author ? [item.author] : []);
  return {
    id: String(item.id),
    url: safeUrl(item.url, base) ?? safeUrl(item.external_url, base),
    title: bounded(item.title, MAX.title),
    summary: bounded(item.summary, MAX.summary),
    contentHtml: bounded(item.content_html, MAX.article),
    contentText: bounded(item.content_text, MAX.article),
    image: safeUrl(item.image, base) ?? safeUrl(item.banner_image, base),
    date: parseDate(item.date_published) ?? parseDate(item.date_modified),
    authors: authors.flatMap(({ name, url }) => {
      const named = bounded(name, MAX.name);
      return named ? [{ name: named, url: safeUrl(url, base) }] : [];
    }),
    tags: (item.tags ?? []).flatMap((tag) => bounded(tag, MAX.name) ?? []),
    language: bounded(item.language, MAX.name),
    source: bounded(extension.source, MAX.name),
    views: extension.views,
    imageCredit: bounded(extension.image_credit, MAX.name),
    countries: (extension.countries ?? []).map((code) => code.toUpperCase()),
    base,
  };
}

function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
