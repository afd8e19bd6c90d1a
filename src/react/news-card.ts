// <NewsCard>: `news-widgets/react/news-card.js` loads this element's code alone, and defines it.
import { NewsCardElement } from '../news-card.js';
import { feedEvents, wrap } from './wrap.js';

export const NewsCard = wrap('news-card', NewsCardElement, feedEvents);
