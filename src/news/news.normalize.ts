import { safeUrl } from '../core/safe-url.js';
import { type Parsed, parseItems, parseStrict } from '../core/validate.js';
import { NewsFeedSchema, type NewsItemInput, NewsItemSchema } from './news.schema.js';

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
export function parseNewsFeed(input: unknown, base: string): Parsed<NewsFeed> {
  const feed = parseStrict(NewsFeedSchema, input);
  // Ids are keys (of the list, of `item`): compared as strings, the first of a kind wins.
  const { items, skipped } = parseItems(NewsItemSchema, feed.items, (item) => String(item.id));
  return {
    data: {
      title: feed.title,
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
    title: clean(item.title),
    summary: clean(item.summary),
    contentHtml: clean(item.content_html),
    contentText: clean(item.content_text),
    image: safeUrl(item.image, base) ?? safeUrl(item.banner_image, base),
    date: parseDate(item.date_published) ?? parseDate(item.date_modified),
    authors: authors.flatMap(({ name, url }) => (name?.trim() ? [{ name: name.trim(), url: safeUrl(url, base) }] : [])),
    tags: (item.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
    language: clean(item.language),
    source: clean(extension.source),
    views: extension.views,
    imageCredit: clean(extension.image_credit),
    countries: (extension.countries ?? []).map((code) => code.toUpperCase()),
    base,
  };
}

const clean = (value: string | undefined) => value?.trim() || undefined;

function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
