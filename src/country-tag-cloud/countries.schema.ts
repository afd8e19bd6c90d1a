import { anyOf, array, number, object, string, unknown } from '../core/schema.js';

// The publisher's country pages: objects, or simply names. Unknown fields are ignored.

const code = string({ pattern: '^[A-Za-z]{2}$' });

export const CountryObjectSchema = object(
  {
    name: string({ minLength: 1 }),
    /** ISO 3166-1 alpha-2. */
    code,
    slug: string(),
    url: string(),
    /** How much is written about the country; sizes the tag. */
    weight: number({ minimum: 0 }),
  },
  [],
  // A name that is not only spaces, or a code.
  { anyOf: [{ required: ['name'], properties: { name: { pattern: '\\S' } } }, { required: ['code'] }] },
);

/** A name alone must be more than spaces. */
export const CountrySchema = anyOf(string({ pattern: '\\S' }), CountryObjectSchema);

export const CountriesSchema = anyOf(object({ countries: array(unknown()) }, ['countries']), array(unknown()));
