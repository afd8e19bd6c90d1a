import type { PropertyDeclarations, TemplateResult } from 'lit';
import { text } from '../core/attributes.js';
import type { NewsFeed, NewsItem } from './news.normalize.js';
import { NewsElement } from './news-element.js';
import { renderNewsItem } from './news-item.js';

/** `item`: an id, compared as a string (`1` and `"1"` are one item); blank means the first. */
const ITEM = text(undefined);

/**
 * One news item from a JSON Feed: headline, date, source, views, photo with credit, summary or
 * the whole text.
 *
 * @summary One news item from a JSON Feed.
 * @tag news-card
 */
export class NewsCardElement extends NewsElement {
  static override properties: PropertyDeclarations = { item: { converter: ITEM } };

  /** The `id` of the item to show; the first item when absent. An unknown id is the empty state. */
  item?: string;

  protected override shownItems(feed: NewsFeed): NewsItem[] {
    const item = this.item ? feed.items.find((candidate) => candidate.id === this.item) : feed.items[0];
    return item ? [item] : [];
  }

  protected override renderContent(feed: NewsFeed): TemplateResult {
    return renderNewsItem(this.shownItems(feed)[0], this.cardContext());
  }
}
