import type { ReactiveControllerHost } from 'lit';
import { FeedError } from '../core/errors.js';
import { bounded, MAX } from '../core/text.js';
import { loadSanitizer } from './load-sanitizer.js';
import type { NewsItem } from './news.normalize.js';
import type { NewsVariant } from './news-item.js';

type Sanitizer = typeof import('../core/sanitize-html.js');

// The sanitizer is fetched only by pages that render article HTML, and only once (again after a
// failure, when the reader presses Retry).
let sanitizer: Sanitizer | undefined;
let loading: Promise<Sanitizer> | undefined;

function load(): Promise<Sanitizer> {
  loading ??= loadSanitizer().then(
    (module) => {
      sanitizer = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw new FeedError(
        'network',
        `Could not load the HTML sanitizer: ${error instanceof Error ? error.message : error}`,
      );
    },
  );
  return loading;
}

/**
 * Article text for one element: the sanitized `content_html` (else `content_text`) as a node
 * Lit can place, made once per item. While the sanitizer loads, `body()` returns undefined and a
 * render is requested when it arrives.
 */
export class ArticleBodies {
  private readonly bodies = new WeakMap<NewsItem, { target: string; body: HTMLElement }>();
  private readonly summaries = new WeakMap<NewsItem, string | undefined>();
  private waiting = false;
  /** Why the sanitizer did not come; thrown once, so the host shows an error with Retry. */
  private failure?: FeedError;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * True when showing `item` in `variant` needs the sanitizer and it has not arrived yet (it is
   * then requested, and the host updated when it comes). Throws a `network` FeedError once if it
   * could not be loaded.
   */
  pending(item: NewsItem, variant: NewsVariant): boolean {
    const needs =
      item.contentHtml !== undefined &&
      (variant === 'full' || (variant === 'summary' && !item.summary && !item.contentText));
    return needs && !this.sanitizer();
  }

  /** The whole text, its links opening in `target`; undefined while the sanitizer is on its way. */
  body(item: NewsItem, target: string): HTMLElement | undefined {
    const made = this.bodies.get(item);
    if (made?.target === target) return made.body;
    const body = document.createElement('div');
    if (item.contentHtml) {
      const module = this.sanitizer();
      if (!module) return undefined;
      body.append(module.sanitizeHtml(item.contentHtml, item.base, target));
    } else {
      for (const text of paragraphs(item.contentText ?? '')) {
        const p = document.createElement('p');
        p.textContent = text;
        body.append(p);
      }
    }
    body.setAttribute('part', 'body');
    body.className = 'body';
    if (item.language) body.lang = item.language;
    this.bodies.set(item, { target, body });
    return body;
  }

  /** The summary, else the first paragraph of the text. */
  summary(item: NewsItem): string | undefined {
    if (item.summary) return item.summary;
    if (item.contentText) return bounded(paragraphs(item.contentText)[0], MAX.summary);
    if (!item.contentHtml) return undefined;
    if (!this.summaries.has(item)) {
      const module = this.sanitizer();
      if (!module) return undefined;
      this.summaries.set(item, bounded(module.htmlToParagraphs(item.contentHtml)[0], MAX.summary));
    }
    return this.summaries.get(item);
  }

  private sanitizer(): Sanitizer | undefined {
    if (sanitizer) return sanitizer;
    const failure = this.failure;
    this.failure = undefined;
    if (failure) throw failure;
    // One wait per element, however many items and renders ask meanwhile.
    if (!this.waiting) {
      this.waiting = true;
      load()
        .catch((error: FeedError) => {
          this.failure = error;
        })
        .finally(() => {
          this.waiting = false;
          this.host.requestUpdate();
        });
    }
    return undefined;
  }
}

/** Plain text split on blank lines. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
