import * as z from 'zod/mini';
import { builtOnFirstUse } from '../core/validate.js';

// JSON Feed 1 and 1.1 (jsonfeed.org) with the publisher's `_news` extension. These schemas describe
// the wire format; news.normalize.ts turns it into what we render. JSON Feed lets anyone add
// `_`-prefixed extensions, so its objects are loose: unknown fields pass and are never read.

/** An item needs at least one of these; the published JSON Schema says so with `anyOf`. */
export const ITEM_NEEDS_ONE_OF = ['title', 'summary', 'content_html', 'content_text'] as const;

export const newsSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  const text = z.optional(z.string());

  const AuthorSchema = z.looseObject({ name: text, url: text, avatar: text });

  const NewsExtensionSchema = z.looseObject({
    /** The outlet or agency the item comes from. */
    source: text,
    /** How many times the item was read: a whole number (multipleOf 1 is z.int() for 0.2 KB less). */
    views: z.optional(z.number().check(z.multipleOf(1), z.minimum(0))),
    /** Who took the photo in `image`. */
    image_credit: text,
    /** ISO 3166-1 alpha-2 codes of the countries the item is about. */
    countries: z.optional(z.array(z.string().check(z.regex(/^[A-Za-z]{2}$/)))),
  });

  const NewsItemSchema = z
    .looseObject({
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
      z.refine((item) => ITEM_NEEDS_ONE_OF.some((key) => item[key] !== undefined), {
        message: `needs one of ${ITEM_NEEDS_ONE_OF.join(', ')}`,
      }),
    );

  /** The envelope; items are checked one by one (NewsItemSchema), so one bad item costs only itself. */
  const NewsEnvelopeSchema = z.looseObject({
    version: z.string().check(z.regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?$/)),
    title: z.string(),
    home_page_url: text,
    feed_url: text,
    description: text,
    language: text,
    items: z.array(z.unknown()),
  });

  return { AuthorSchema, NewsExtensionSchema, NewsItemSchema, NewsEnvelopeSchema };
});

export type NewsItemInput = z.output<ReturnType<typeof newsSchemas>['NewsItemSchema']>;
