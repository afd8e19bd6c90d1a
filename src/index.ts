// Registers every element: the npm "." entry and the script-tag bundles.
import './news-card.js';
import './news-feed.js';

export * from './elements.js';
