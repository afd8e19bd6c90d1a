// Classes, types and helpers; registers nothing.
export { define } from './core/define.js';
export type { FeedErrorCode } from './core/errors.js';
export { FeedError } from './core/errors.js';
export type { WidgetErrorDetail, WidgetLoadDetail } from './core/events.js';
export { WidgetErrorEvent, WidgetLoadEvent } from './core/events.js';
export type { FeedStatus } from './core/feed-controller.js';
export type { Country } from './country-tag-cloud/countries.normalize.js';
export { CountryTagCloudElement } from './country-tag-cloud/country-tag-cloud.js';
export type { CountrySelectDetail } from './country-tag-cloud/events.js';
export { CountrySelectEvent } from './country-tag-cloud/events.js';
export type { NewsAuthor, NewsFeed, NewsItem } from './news/news.normalize.js';
export { NewsCardElement } from './news/news-card.js';
export { NewsFeedElement } from './news/news-feed.js';
export type { NewsVariant } from './news/news-item.js';
export type { Channel, Programme, Schedule } from './tv-schedule/schedule.normalize.js';
export type { NowSource } from './tv-schedule/tv-schedule.js';
export { TvScheduleElement } from './tv-schedule/tv-schedule.js';
