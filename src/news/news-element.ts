import type { PropertyDeclarations, TemplateResult } from 'lit';
import { FeedElement } from '../core/feed-element.js';
import { dateTimeFormat } from '../core/format.js';
import { tagOfLevel } from '../core/heading.js';
import type { NewsFeedInput } from '../schemas.js';
import { ArticleBodies } from './article-body.js';
import { newsMessages } from './messages.js';
import { type NewsFeed, type NewsItem, parseNewsFeed } from './news.normalize.js';
import { newsStyles } from './news.styles.js';
import { type CardContext, type NewsVariant, renderCardSkeleton, VARIANT } from './news-item.js';

/**
 * What <news-card> and <news-feed> share: the news feed parser, `variant`, the card styles and
 * the per-element state the card template needs.
 *
 * @csspart item - A card (`<article>`).
 * @csspart title - The headline.
 * @csspart meta - The line with date, source and views.
 * @csspart figure - The photo with its credit.
 * @csspart image - The photo.
 * @csspart credit - The photo credit.
 * @csspart summary - The summary (`summary` variant).
 * @csspart body - The whole text (`full` variant).
 * @csspart authors - The authors (`full` variant).
 * @csspart tags - The tags (`full` variant).
 * @csspart more - The "read more" link (`summary` variant).
 */
export abstract class NewsElement extends FeedElement<NewsFeed> {
  static override styles = [...FeedElement.styles, newsStyles];
  static override properties: PropertyDeclarations = { variant: { reflect: true, converter: VARIANT } };
  /** The feed itself, as a publisher writes it (see `src`); wins over inline JSON and `src`. */
  declare data?: NewsFeedInput | null;

  /** `headline` (title and meta line), `summary` (default: plus photo, summary, "read more") or `full` (the whole text). */
  variant: NewsVariant = 'summary';

  private readonly failedImages = new Set<string>();
  private readonly bodies = new ArticleBodies(this);

  constructor() {
    super(parseNewsFeed);
  }

  /** The items this element shows. */
  protected abstract shownItems(feed: NewsFeed): NewsItem[];

  protected override isEmpty(feed: NewsFeed): boolean {
    return this.shownItems(feed).length === 0;
  }

  protected override isPending(feed: NewsFeed): boolean {
    return this.shownItems(feed).some((item) => this.bodies.pending(item, this.variant));
  }

  protected override renderSkeleton(): TemplateResult {
    return renderCardSkeleton(this.variant);
  }

  /** Everything the card template needs for this render. */
  protected cardContext(): CardContext {
    const messages = newsMessages(this.locale);
    return {
      locale: this.locale,
      messages,
      dateFormat: dateTimeFormat(this.locale, messages.date),
      variant: this.variant,
      target: this.target,
      rel: this.rel,
      bodies: this.bodies,
      failedImages: this.failedImages,
      onImageError: this.onImageError,
      heading: tagOfLevel(this.headingLevel),
    };
  }

  // A photo that fails keeps its frame (no jump, no broken-image icon) and loses its credit.
  private onImageError = (event: Event): void => {
    const id = (event.target as HTMLElement).dataset.id;
    if (id === undefined || this.failedImages.has(id)) return;
    this.failedImages.add(id);
    this.requestUpdate();
  };
}
