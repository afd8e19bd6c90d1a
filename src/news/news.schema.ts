import { anyOf, array, type Infer, integer, needsOneOf, number, object, string, unknown } from '../core/schema.js';

// JSON Feed 1 and 1.1 (jsonfeed.org) with the publisher's `_news` extension. Unknown fields are
// ignored. These schemas describe the wire format; news.normalize.ts turns it into what we render.

const text = string();

export const AuthorSchema = object({ name: text, url: text, avatar: text });

export const NewsExtensionSchema = object({
  /** The outlet or agency the item comes from. */
  source: text,
  /** How many times the item was read. */
  views: integer({ minimum: 0 }),
  /** Who took the photo in `image`. */
  image_credit: text,
  /** ISO 3166-1 alpha-2 codes of the countries the item is about. */
  countries: array(string({ pattern: '^[A-Za-z]{2}$' })),
});

export const NewsItemSchema = object(
  {
    id: anyOf(string({ minLength: 1 }), number()),
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
    authors: array(AuthorSchema),
    /** JSON Feed 1.0, deprecated in 1.1 but still published. */
    author: AuthorSchema,
    tags: array(text),
    language: text,
    _news: NewsExtensionSchema,
  },
  ['id'],
  { anyOf: needsOneOf('title', 'summary', 'content_html', 'content_text') },
);

export const NewsFeedSchema = object(
  {
    version: string({ pattern: '^https?://jsonfeed\\.org/version/1(\\.1)?$' }),
    title: text,
    home_page_url: text,
    feed_url: text,
    description: text,
    language: text,
    items: array(unknown()),
  },
  ['version', 'title', 'items'],
);

export type NewsItemInput = Infer<typeof NewsItemSchema>;
