// Registers every element: the npm "." entry and the script-tag bundles.
import './news-card.js';
import './news-feed.js';
import './tv-schedule.js';
import './country-tag-cloud.js';
import './subscribe-form.js';

export * from './elements.js';
