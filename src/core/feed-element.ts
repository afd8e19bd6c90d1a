import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DATA, numberIn, oneOf } from './attributes.js';
import { FeedError, toFeedError } from './errors.js';
import { FeedController, type FeedStatus } from './feed-controller.js';
import { coreMessages } from './messages/index.js';
import {
  fallback,
  fallbackOver,
  renderEmpty,
  renderError,
  renderLoading,
  skeletonBlock,
  stateStyles,
} from './states.js';
import { themeStyles } from './theme.styles.js';
import type { ElementParser } from './validate.js';
import { WidgetElement } from './widget-element.js';

/** `refresh`: 0 (never), else 30 seconds to a day. */
const REFRESH = numberIn(0, 86_400, 0);
const LOADING = oneOf(['eager', 'lazy'], 'eager');

/**
 * The base of every feed-driven element: the common attributes of the spec, the states with their
 * parts and the light-DOM fallback. A subclass gives its parser and renders its data.
 *
 * @slot - Fallback content (for example a link to the publisher's page), shown until the widget is ready and beside the error.
 * @csspart loading - The skeleton shown while loading; as tall as the content will be.
 * @csspart error - The error message with its Retry button.
 * @csspart retry - The Retry button.
 * @csspart empty - The "nothing here yet" message.
 * @csspart fallback - The wrapper of the light-DOM fallback.
 * @csspart base - The element's outer box.
 * @cssprop [--nw-font] - Font family.
 * @cssprop [--nw-font-size=16px] - Base font size; everything scales with it.
 * @cssprop [--nw-text] - Text colour.
 * @cssprop [--nw-muted] - Secondary text colour.
 * @cssprop [--nw-accent] - Links, buttons and highlights.
 * @cssprop [--nw-surface] - Background.
 * @cssprop [--nw-border] - Borders and dividers.
 * @cssprop [--nw-skeleton] - The loading skeleton's colour.
 * @cssprop [--nw-radius] - Corner radius.
 * @cssprop [--nw-space] - Base spacing.
 * @fires {WidgetLoadDetail} widget-load - The feed was loaded, validated and rendered. Detail: `{ data, skipped }`.
 * @fires {WidgetErrorDetail} widget-error - The feed could not be shown. Detail: `{ code, message, status? }`.
 */
export abstract class FeedElement<T> extends WidgetElement {
  static override styles = [themeStyles, stateStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    data: { converter: DATA },
    base: {},
    refresh: { converter: REFRESH },
    loading: { converter: LOADING },
    status: { reflect: true },
  };

  /** URL of the JSON feed, absolute or relative to the page. */
  src?: string;

  /**
   * The feed itself, set from script (or, as an attribute, written as JSON); wins over inline JSON
   * and `src`. `null` means not set.
   */
  data?: unknown;

  /** The URL that relative links and images in a `data` or inline feed are resolved against; absent: the page's. */
  base?: string;

  /** Re-fetch every so many seconds (30 at least, a day at most); 0 or absent for never. */
  refresh = 0;

  /** `lazy` waits until the element nears the viewport before fetching. */
  loading: 'eager' | 'lazy' = 'eager';

  /** `loading`, `ready`, `empty` or `error`; reflected so host CSS can react. Set by the element only. */
  readonly status: FeedStatus = 'loading';

  protected readonly feed: FeedController<T>;
  private content: TemplateResult | typeof nothing = nothing;

  constructor(parse: ElementParser<T>) {
    super();
    // widget-load waits until the content is on screen, not merely parsed.
    this.feed = new FeedController(this, parse, () => this.status !== 'loading');
  }

  /** Renders the validated feed. Runs before render, so a throw here becomes the error state. */
  protected abstract renderContent(data: T): TemplateResult;

  /** The loading skeleton's shape; the default is a block of `--_skeleton-height`. */
  protected renderSkeleton(): TemplateResult {
    return skeletonBlock;
  }

  /** What the empty state says, when the element can say more than "nothing here yet". */
  protected emptyText(): string | undefined {
    return undefined;
  }

  /** True when the feed is valid but has nothing to show (no items, an unknown `item`). */
  protected isEmpty(_data: T): boolean {
    return false;
  }

  /**
   * True while the content needs something still on its way (the HTML sanitizer, say): the
   * element stays in its loading state, so the page never sees a half-built widget grow.
   * Request an update when it arrives.
   */
  protected isPending(_data: T): boolean {
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.feed.configure({
      data: this.data,
      base: this.base,
      src: this.src,
      lazy: this.loading === 'lazy',
      refresh: this.refresh,
      timeout: this.timeout,
    });
    let status = this.feed.status;
    this.content = nothing;
    if (status === 'ready') {
      try {
        const data = this.feed.value as T;
        if (this.isEmpty(data)) status = 'empty';
        else if (this.isPending(data)) status = 'loading';
        else this.content = this.renderContent(data);
      } catch (error) {
        this.feed.renderFailed(toFeedError(error, 'schema'));
        status = 'error';
      }
    }
    (this as { status: FeedStatus }).status = status;
  }

  /**
   * Classes and custom properties the outer box carries in every state (the schedule's strip sets
   * its row count so). The properties are set through CSSOM, which a strict CSP allows.
   */
  protected rootStyle(): { classes?: string; properties?: Record<string, string> } {
    return {};
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { properties } = this.rootStyle();
    const root = properties && this.renderRoot.querySelector<HTMLElement>('.root');
    if (root) for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
  }

  protected override render(): TemplateResult {
    return html`<div class="root ${this.rootStyle().classes ?? ''}" part="base">${this.renderBody()}</div>`;
  }

  private renderBody(): unknown {
    const messages = coreMessages(this.locale);
    switch (this.status) {
      case 'ready':
        return this.content;
      case 'loading':
        return [renderLoading(messages, this.renderSkeleton()), fallbackOver];
      case 'empty':
        return [renderEmpty(this.emptyText() ?? messages.empty), fallback];
      case 'error':
        return [renderError(messages, this.feed.error ?? new FeedError('schema', 'Unknown'), this.onRetry), fallback];
    }
  }

  /** Fetches the feed again (what the Retry button does). */
  retry(): void {
    this.feed.retry();
  }

  private readonly onRetry = (): void => this.retry();
}
