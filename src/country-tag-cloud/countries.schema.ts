import '../core/jitless.js';
import * as z from 'zod/mini';

// The publisher's country pages: objects, or simply names. Unknown fields are ignored.

export const CountryObjectSchema = z
  .object({
    name: z.optional(z.string().check(z.minLength(1))),
    /** ISO 3166-1 alpha-2. */
    code: z.optional(z.string().check(z.regex(/^[A-Za-z]{2}$/))),
    slug: z.optional(z.string()),
    url: z.optional(z.string()),
    /** How much is written about the country; sizes the tag. */
    weight: z.optional(z.number().check(z.nonnegative())),
  })
  .check(
    z.refine((entry) => Boolean(entry.name?.trim() || entry.code), { message: 'A country needs a name or a code' }),
  );

export const CountrySchema = z.union([z.string().check(z.minLength(1)), CountryObjectSchema]);

export const CountriesSchema = z.union([z.object({ countries: z.array(z.unknown()) }), z.array(z.unknown())]);
