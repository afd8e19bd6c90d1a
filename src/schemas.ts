// The feed schemas, for producers: `npm run build` writes each as JSON Schema to schemas/.

export { CountriesDocumentSchema as CountriesSchema } from './country-tag-cloud/countries.schema.js';
export { NewsFeedDocumentSchema as NewsFeedSchema } from './news/news.schema.js';
export { ScheduleDocumentSchema as TvScheduleSchema } from './tv-schedule/schedule.schema.js';
