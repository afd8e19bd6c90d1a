import { css, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { numberIn } from '../core/attributes.js';
import type { NewsFeed, NewsItem } from './news.normalize.js';
import { NewsElement } from './news-element.js';
import { renderNewsItem } from './news-item.js';

export const DEFAULT_LIMIT = 10;
/** `limit`: a whole number of items, 0 to 10 000; 10 for anything unreadable. */
const LIMIT = numberIn(0, 10_000, DEFAULT_LIMIT, true);

/**
 * A list of news items from a JSON Feed, in the card layout. `variant="headline"` makes a compact
 * "latest news" column.
 *
 * @summary A list of news items from a JSON Feed.
 * @tag news-feed
 * @csspart list - The list (`<ul>`).
 */
export class NewsFeedElement extends NewsElement {
  static override properties: PropertyDeclarations = { limit: { converter: LIMIT } };
  static override styles = [
    ...NewsElement.styles,
    css`
      .list {
        display: grid;
        /* A card never grows past the column (its one-line meta would push it). */
        grid-template-columns: minmax(0, 1fr);
        gap: var(--_space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .list.headline {
        gap: 0;
      }

      .list.headline .card {
        border-width: 0 0 1px;
        border-radius: 0;
        padding-inline: 0;
      }
      .list.headline > :last-child .card,
      .list.headline > .card:last-child {
        border-block-end: 0;
      }
    `,
  ];

  /** How many items to show at most. */
  limit: number = DEFAULT_LIMIT;

  protected override renderSkeleton(): TemplateResult {
    const card = super.renderSkeleton();
    // As many cards as the list will show, up to a hundred (the box of a longer list is an estimate).
    const rows = Math.min(this.limit, 100);
    return html`<div class="list ${this.variant}">${Array.from({ length: rows }, () => card)}</div>`;
  }

  protected override shownItems(feed: NewsFeed): NewsItem[] {
    return feed.items.slice(0, this.limit);
  }

  protected override renderContent(feed: NewsFeed): TemplateResult {
    const context = this.cardContext();
    const items = this.shownItems(feed);
    return html`<ul part="list" class="list ${context.variant}" aria-label=${feed.title || context.messages.list}>
      ${repeat(
        items,
        (item) => item.id,
        (item) => renderNewsItem(item, context, true),
      )}
    </ul>`;
  }
}
