import '../core/jitless.js';
import * as z from 'zod/mini';

// JSON Feed 1 and 1.1 (jsonfeed.org) with the publisher's `_news` extension. Unknown fields are
// ignored. These schemas describe the wire format; news.normalize.ts turns it into what we render.

const text = z.optional(z.string());

export const AuthorSchema = z.object({
  name: text,
  url: text,
  avatar: text,
});

export const NewsExtensionSchema = z.object({
  /** The outlet or agency the item comes from. */
  source: text,
  /** How many times the item was read. */
  views: z.optional(z.int().check(z.nonnegative())),
  /** Who took the photo in `image`. */
  image_credit: text,
  /** ISO 3166-1 alpha-2 codes of the countries the item is about. */
  countries: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z]{2}$/)))),
});

export const NewsItemSchema = z
  .object({
    id: z.union([z.string().check(z.minLength(1)), z.number()]),
    url: text,
    external_url: text,
    title: text,
    summary: text,
    content_html: text,
    content_text: text,
    image: text,
    banner_image: text,
    date_published: text,
    date_modified: text,
    /** JSON Feed 1.1. */
    authors: z.optional(z.array(AuthorSchema)),
    /** JSON Feed 1.0, deprecated in 1.1 but still published. */
    author: z.optional(AuthorSchema),
    tags: z.optional(z.array(z.string())),
    language: text,
    _news: z.optional(NewsExtensionSchema),
  })
  .check(
    z.refine((item) => Boolean(item.title || item.summary || item.content_html || item.content_text), {
      message: 'An item needs a title, a summary or content',
    }),
  );

export const NewsFeedSchema = z.object({
  version: z.string().check(z.regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?$/)),
  title: z.string(),
  home_page_url: text,
  feed_url: text,
  description: text,
  language: text,
  items: z.array(z.unknown()),
});

export type NewsItemInput = z.infer<typeof NewsItemSchema>;
