// <NewsFeed>: `news-widgets/react/news-feed.js` loads this element's code alone, and defines it.
import { NewsFeedElement } from '../news-feed.js';
import { feedEvents, wrap } from './wrap.js';

export const NewsFeed = wrap('news-feed', NewsFeedElement, feedEvents);
