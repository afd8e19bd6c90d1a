// React components for all five elements; importing this module defines them all. For one element
// alone, import its own module: `news-widgets/react/news-card.js` and so on (see react/).
export { CountryTagCloud } from './react/country-tag-cloud.js';
export { NewsCard } from './react/news-card.js';
export { NewsFeed } from './react/news-feed.js';
export { SubscribeForm } from './react/subscribe-form.js';
export { TvSchedule } from './react/tv-schedule.js';
