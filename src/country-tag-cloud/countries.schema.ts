import * as z from 'zod/mini';
import { builtOnFirstUse } from '../core/validate.js';

// The publisher's country pages: objects, or simply names. Unknown fields are ignored.

export const countrySchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  /** A name that is more than spaces. */
  const name = z.string().check(z.regex(/\S/));
  /** ISO 3166-1 alpha-2. */
  const code = z.string().check(z.regex(/^[A-Za-z]{2}$/));
  const rest = {
    slug: z.optional(z.string()),
    url: z.optional(z.string()),
    /** How much is written about the country; sizes the tag. */
    weight: z.optional(z.number().check(z.minimum(0))),
  };

  /** A name, or an object with a name or a code (a code alone is named in the reader's language). */
  const CountrySchema = z.union([
    name,
    z.object({ name, code: z.optional(code), ...rest }),
    z.object({ name: z.optional(z.string()), code, ...rest }),
  ]);

  const CountriesObjectSchema = z.object({ countries: z.array(z.unknown()) });
  /** The envelope: `{ countries: [...] }` or the array itself; entries are checked one by one. */
  const CountriesEnvelopeSchema = z.union([CountriesObjectSchema, z.array(z.unknown())]);

  return { CountrySchema, CountriesObjectSchema, CountriesEnvelopeSchema };
});

export type CountryInput = z.output<ReturnType<typeof countrySchemas>['CountrySchema']>;
