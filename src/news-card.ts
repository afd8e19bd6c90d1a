import { define } from './core/define.js';
import { NewsCardElement } from './news/news-card.js';

export { NewsCardElement };

define('news-card', NewsCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCardElement;
  }
}
