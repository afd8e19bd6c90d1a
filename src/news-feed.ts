import { define } from './core/define.js';
import { NewsFeedElement } from './news/news-feed.js';

export { NewsFeedElement };

define('news-feed', NewsFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeedElement;
  }
}
