// The feeds as whole documents, for producers: `npm run build` writes each as JSON Schema to
// schemas/. Built from the very schemas the elements validate with, but only here: at run time
// the elements check envelopes strictly and items one by one, and never need these.

import { anyOf, array, type JsonSchema, object } from './core/schema.js';
import { CountrySchema } from './country-tag-cloud/countries.schema.js';
import { NewsFeedSchema as NewsEnvelope, NewsItemSchema } from './news/news.schema.js';
import { ProgrammeSchema, ScheduleSchema } from './tv-schedule/schedule.schema.js';

/** The envelope with its items' schema in place of `unknown`. */
const withItems = (envelope: JsonSchema, key: string, items: JsonSchema): JsonSchema => ({
  ...envelope,
  properties: { ...envelope.properties, [key]: array(items) },
});

export const NewsFeedSchema: JsonSchema = {
  title: 'News feed: JSON Feed 1.1 with the _news extension',
  ...withItems(NewsEnvelope, 'items', NewsItemSchema),
};
export const TvScheduleSchema: JsonSchema = {
  title: 'TV schedule',
  ...withItems(ScheduleSchema, 'programmes', ProgrammeSchema),
};
export const CountriesSchema: JsonSchema = {
  title: 'Country pages',
  ...anyOf(object({ countries: array(CountrySchema) }, ['countries']), array(CountrySchema)),
};
