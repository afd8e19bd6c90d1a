// The feeds as whole documents, for producers: `npm run build` writes each as JSON Schema to
// schemas/. Built from the very schemas the elements validate with, but only here: at run time
// the elements parse envelopes strictly and items one by one, and never need these.
import * as z from 'zod/mini';
import { CountrySchema } from './country-tag-cloud/countries.schema.js';
import { NewsFeedSchema as NewsEnvelope, NewsItemSchema } from './news/news.schema.js';
import { ProgrammeSchema, ScheduleSchema } from './tv-schedule/schedule.schema.js';

export const NewsFeedSchema = z.extend(NewsEnvelope, { items: z.array(NewsItemSchema) });
export const TvScheduleSchema = z.extend(ScheduleSchema, { programmes: z.array(ProgrammeSchema) });
export const CountriesSchema = z.union([z.object({ countries: z.array(CountrySchema) }), z.array(CountrySchema)]);
