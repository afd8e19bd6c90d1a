import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type StaticValue, html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { oneOf } from '../core/attributes.js';
import { countLabel, formatCount, numberFormat } from '../core/format.js';
import type { ArticleBodies } from './article-body.js';
import type { NewsMessages } from './messages.js';
import type { NewsItem } from './news.normalize.js';

export type NewsVariant = 'headline' | 'summary' | 'full';

/** The `variant` attribute: anything else is `summary`. */
export const VARIANT = oneOf<NewsVariant, NewsVariant>(['headline', 'summary', 'full'], 'summary');

/** What a card needs from the element that renders it. */
export interface CardContext {
  locale: string;
  messages: NewsMessages;
  variant: NewsVariant;
  target: string;
  rel: string;
  bodies: ArticleBodies;
  /** The meta line's date format, built once per render. */
  dateFormat: Intl.DateTimeFormat;
  /** Items whose image failed to load: they keep the frame, without the broken image. */
  failedImages: ReadonlySet<string>;
  onImageError: (event: Event) => void;
  /** The title's tag, from `heading-level`. */
  heading: StaticValue;
}

// A list's item element, in the card's own template: a long list clones one fragment per item.
const [OPEN_ITEM, CLOSE_ITEM, NO_TAG] = ['<li>', '</li>', ''].map((markup) => unsafeStatic(markup));

/** One news item in the card layout, shared by <news-card> and <news-feed> (`inList`: in its `<li>`). */
export function renderNewsItem(item: NewsItem, context: CardContext, inList = false): TemplateResult {
  const { variant, locale, messages, target, rel, heading } = context;
  const { date, views, source } = item;
  // Title and meta line in one template: a long list clones one fragment per item, not nine.
  return staticHtml`${inList ? OPEN_ITEM : NO_TAG}<article part="item" class="card ${variant}" lang=${ifDefined(item.language)}>
    <${heading} part="title" class="title ${item.title ? '' : 'blank'}">
      <a href=${ifDefined(item.url)} target=${target} rel=${rel}>${item.title}</a>
    </${heading}>
    <p part="meta" class="meta ${date || source || views !== undefined ? '' : 'blank'}">
      <time ?hidden=${!date} datetime=${ifDefined(date?.toISOString())}>${date ? context.dateFormat.format(date) : ''}</time>
      <span class="source" ?hidden=${!source}>${source}</span>
      <span class="views" ?hidden=${views === undefined}>
        <span aria-hidden="true"
          ><svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z" />
            <circle cx="12" cy="12" r="3" /></svg
          >${views === undefined ? '' : compactCount(locale, views)}</span
        >
        <span class="visually-hidden">${views === undefined ? '' : countLabel(locale, views, messages.views)}</span>
      </span>
    </p>${variant === 'headline' ? nothing : renderBody(item, context)}</article>${inList ? CLOSE_ITEM : NO_TAG}`;
}

/** What the summary and full variants add under the meta line. */
function renderBody(item: NewsItem, context: CardContext) {
  const { variant } = context;
  const summary = variant === 'summary' ? context.bodies.summary(item) : undefined;
  // A summary card keeps every box (photo frame, summary lines, "read more" line) even when the
  // item has nothing for it: its height is fixed.
  // The parts sit side by side with no line break between them: each one was a text node.
  return html`${renderImage(item, context)}${
    variant === 'summary' ? html`<p part="summary" class="summary">${summary}</p>` : nothing
  }${variant === 'full' ? renderFull(item, context) : nothing}${variant === 'summary' ? renderMore(item, context) : nothing}`;
}

function renderImage(item: NewsItem, { variant, messages, failedImages, onImageError }: CardContext) {
  if (!item.image && variant !== 'summary') return nothing;
  const failed = failedImages.has(item.id);
  return html`<figure part="figure" class="figure">
    <div class="frame">
      ${
        failed || !item.image
          ? nothing
          : html`<img
            part="image"
            src=${item.image}
            alt=${item.title ?? ''}
            loading="lazy"
            decoding="async"
            data-id=${item.id}
            @error=${onImageError}
          />`
      }
    </div>
    ${
      item.imageCredit && !failed
        ? html`<figcaption part="credit" class="credit">${messages.photo(item.imageCredit)}</figcaption>`
        : nothing
    }
  </figure>`;
}

function renderFull(item: NewsItem, context: CardContext) {
  const { messages, target, rel } = context;
  return html`${context.bodies.body(item, target) ?? nothing}
  ${
    item.authors.length
      ? html`<p part="authors" class="authors">
        ${messages.authors}:
        ${item.authors.map(
          (author, i) =>
            html`${i ? ', ' : ''}${
              author.url ? html`<a href=${author.url} target=${target} rel=${rel}>${author.name}</a>` : author.name
            }`,
        )}
      </p>`
      : nothing
  }
  ${
    item.tags.length
      ? html`<ul part="tags" class="tags" aria-label=${messages.tags}>
        ${item.tags.map((tag) => html`<li>${tag}</li>`)}
      </ul>`
      : nothing
  }`;
}

function renderMore(item: NewsItem, { messages, target, rel }: CardContext) {
  if (!item.url) return html`<span class="more"></span>`;
  return html`<a part="more" class="more" href=${item.url as string} target=${target} rel=${rel}
    >${messages.readMore}${item.title ? html`<span class="visually-hidden">: ${item.title}</span>` : nothing}</a
  >`;
}

/** Short on screen: 3259 stays whole, 48 200 becomes "48 тыс." / "48K". */
function compactCount(locale: string, count: number): string {
  if (count < 10_000) return formatCount(locale, count);
  return numberFormat(locale, COMPACT).format(count);
}

const COMPACT: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 1 };

const line = (kind = '') => html`<div class="bone line ${kind}"></div>`;
const lines = (count: number) => Array.from({ length: count }, (_, i) => line(i === count - 1 ? 'short' : ''));

/**
 * The card with bones in its boxes: the same frame, title and summary lines, meta and "read more"
 * lines as the content, so loading does not shift the page. A full article's text is an estimate.
 */
export function renderCardSkeleton(variant: NewsVariant): TemplateResult {
  return html`<div class="card ${variant} skeleton-card">
    ${variant === 'headline' ? nothing : html`<div class="figure"><div class="frame bone"></div></div>`}
    <div class="title">${lines(variant === 'summary' ? 3 : 2)}</div>
    <div class="meta">${line()}</div>
    ${variant === 'summary' ? html`<div class="summary">${lines(3)}</div><div class="more">${line('more')}</div>` : nothing}
    ${variant === 'full' ? html`<div class="full-text">${lines(12)}</div>` : nothing}
  </div>`;
}
