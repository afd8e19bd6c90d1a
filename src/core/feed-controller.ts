import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { UnreadableData } from './attributes.js';
import { FeedError, toFeedError } from './errors.js';
import { WidgetErrorEvent, WidgetLoadEvent } from './events.js';
import { type FeedEntry, reload, subscribe } from './feed-cache.js';
import { absolute, INLINE_FEED } from './feed-source.js';
import { timeoutMs } from './request.js';
import type { ElementParser, Parsed } from './validate.js';
import { whenNearViewport } from './visibility.js';

/** The public `status` of a feed-driven element. */
export type FeedStatus = 'loading' | 'ready' | 'empty' | 'error';

/** What the host's attributes say about where the feed comes from. */
export interface FeedSource {
  data: unknown;
  /** What relative URLs in `data` or an inline feed are resolved against; absent: the page's URL. */
  base: string | undefined;
  src: string | null | undefined;
  lazy: boolean;
  /** Seconds; 0 for none. */
  refresh: number;
  /** Seconds. */
  timeout: number;
}

interface Resolved extends FeedSource {
  /** Text of a child `<script type="application/json">`, if any. */
  inline?: string;
  /** Absolute URL to fetch, when neither `data` nor inline JSON is given. */
  url?: string;
  /**
   * The page is still being parsed and the feed can only come from inside the element, whose inline
   * script is not there, or not all there, yet.
   */
  parsing: boolean;
}

/**
 * Gets an element its feed, from the `data` property, else inline JSON, else `src`, and keeps
 * `status`, `value` and `error` current. Fires `widget-load` and `widget-error` after the render
 * that shows the outcome. Shares requests through the feed cache; lets go of them on disconnect.
 */
export class FeedController<T> implements ReactiveController {
  status: FeedStatus = 'loading';
  value?: T;
  error?: FeedError;

  private source?: Resolved;
  /** The source the last connect() acted on. */
  private connectedTo?: Resolved;
  private subscription?: object;
  /** A huge feed being read in slices: its result is shown only if this is still the reading. */
  private reading?: object;
  private release?: () => void;
  private queued: Event[] = [];
  private children?: MutationObserver;
  private inline?: { text: string | undefined; json: unknown };

  /**
   * @param shown Whether the host shows the outcome yet; events wait for it (a host may stay in
   *   its loading state until something its content needs has arrived).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: ElementParser<T>,
    private readonly shown: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  /** Called before each render with the host's current attributes; acts only on a change. */
  configure(source: FeedSource): void {
    const inline = source.data == null ? (this.host.querySelector(INLINE_FEED)?.textContent ?? undefined) : undefined;
    const url = source.data == null && inline === undefined ? absolute(source.src) : undefined;
    const parsing =
      source.data == null && !url && document.readyState === 'loading' && this.inlineJson(inline) === NOT_JSON;
    const next: Resolved = { ...source, inline, url, parsing };
    if (this.source && same(this.source, next)) return;
    this.source = next;
    if (this.host.isConnected) this.connect();
  }

  /** The inline feed parsed, once per text (a page still loading asks at every update). */
  private inlineJson(text: string | undefined): unknown {
    if (!this.inline || this.inline.text !== text) this.inline = { text, json: parseJson(text) };
    return this.inline.json;
  }

  /** The host could not render the data it was given: that is an error, not a load. */
  renderFailed(error: FeedError): void {
    this.queued = this.queued.filter((event) => !(event instanceof WidgetLoadEvent));
    this.fail(error);
  }

  /** Tries again after an error (the Retry button). */
  retry(): void {
    if (this.source?.url && this.subscription) reload(this.source.url);
    else this.connect();
  }

  hostConnected(): void {
    // An inline feed the parser is still writing, or one a script adds or rewrites later.
    this.children ??= new MutationObserver(() => this.host.requestUpdate());
    this.children.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Moved in the DOM: an outcome already shown for this very source stays as it is (no new
    // request, no second event); a request under way, or a feed that refreshes, subscribes again
    // at once and keeps its request.
    const source = this.source;
    if (!source) return;
    // A data or inline feed still being read when it was moved goes on being read.
    if (this.reading && this.connectedTo === source) return;
    const shown = this.connectedTo === source && (this.status === 'error' || (this.status === 'ready' && !source.url));
    if (!shown) this.connect();
  }

  hostDisconnected(): void {
    this.children?.disconnect();
    // A reading under way of a data or inline feed is kept for a move (out and back in one task,
    // as frameworks re-parent); one of `src` is shared through the cache, so nothing is lost.
    const reading = this.source?.url ? undefined : this.reading;
    this.disconnect();
    this.reading = reading;
  }

  hostUpdated(): void {
    if (!this.shown()) return;
    const events = this.queued;
    this.queued = [];
    for (const event of events) this.host.dispatchEvent(event);
  }

  private connect(): void {
    this.disconnect();
    const source = this.source;
    const previous = this.connectedTo;
    this.connectedTo = source;
    if (!source) return;
    if (source.data instanceof UnreadableData) {
      const text = source.data.text.length > 40 ? `${source.data.text.slice(0, 40)}…` : source.data.text;
      this.fail(new FeedError('parse', `The data attribute is not JSON ("${text}"): set the data property instead`));
    } else if (source.data != null) {
      this.accept(() => this.parse(source.data, absolute(source.base) ?? document.baseURI));
    } else if (source.parsing) {
      // Decided once the parser is done: by a mutation of the script, or at DOMContentLoaded
      // (a listener per wait; their updates coalesce into one).
      this.set('loading');
      document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
    } else if (source.inline !== undefined) {
      const json = this.inlineJson(source.inline);
      this.accept(() => {
        if (json === NOT_JSON) throw new FeedError('parse', 'The inline feed is not valid JSON');
        return this.parse(json, absolute(source.base) ?? document.baseURI);
      });
    } else if (source.url) {
      // The same URL again (moved, or a refresh setting changed): what is shown stays meanwhile.
      if (this.status !== 'ready' || previous?.url !== source.url) this.set('loading');
      if (source.lazy) this.release = whenNearViewport(this.host, () => this.fetch(source));
      else this.fetch(source);
    } else if (source.src?.trim()) {
      this.fail(new FeedError('network', `Not a valid URL: ${source.src}`));
    } else {
      this.set('empty');
    }
  }

  private fetch(source: Resolved): void {
    const token = {};
    this.subscription = token;
    this.release = subscribe(source.url as string, {
      refresh: Math.max(0, source.refresh) * 1000,
      timeout: timeoutMs(source.timeout),
      notify: (entry) => {
        if (this.subscription === token) this.receive(entry);
      },
    });
  }

  private disconnect(): void {
    this.subscription = undefined;
    this.reading = undefined;
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  private receive(entry: FeedEntry): void {
    if (entry.pending) {
      if (this.status !== 'ready') this.set('loading');
      return;
    }
    if (entry.error) {
      // A failed refresh leaves what the reader already sees, and still tells the host.
      if (this.status === 'ready') this.queue(errorEvent(entry.error));
      else this.fail(entry.error);
      return;
    }
    // One reading per document and parser, shared by every element on the URL (a sliced one too).
    let parsed = entry.parsed.get(this.parse) as Reading<T> | undefined;
    if (!parsed) {
      const reading = attempt(() => this.parse(entry.json, entry.url));
      entry.parsed.set(this.parse, reading);
      // Kept once done, unless a newer document has come meanwhile (a refresh clears the readings).
      if (reading instanceof Promise) {
        reading.then((done) => entry.parsed.get(this.parse) === reading && entry.parsed.set(this.parse, done));
      }
      parsed = reading;
    }
    this.settle(parsed);
  }

  private accept(parse: () => Parsed<T> | Promise<Parsed<T>>): void {
    this.settle(attempt(parse));
  }

  /** Shows a reading: now, or once a sliced one is done if nothing has replaced it meanwhile. */
  private settle(parsed: Reading<T>): void {
    if (parsed instanceof Promise) {
      const token = {};
      this.reading = token;
      if (this.status !== 'ready') this.set('loading');
      parsed.then((done) => {
        if (this.reading !== token) return;
        this.reading = undefined;
        // Done while the element is out of the page: it reads again if it comes back.
        if (this.host.isConnected) this.settle(done);
      });
    } else if (parsed instanceof FeedError) this.fail(parsed);
    // The same document again (a moved element subscribing anew): nothing changed, nothing to tell.
    else if (!(this.status === 'ready' && parsed.data === this.value)) this.succeed(parsed);
  }

  private succeed({ data, skipped }: Parsed<T>): void {
    this.value = data;
    this.error = undefined;
    this.set('ready');
    this.queue(new WidgetLoadEvent({ data, skipped }));
  }

  private fail(error: FeedError): void {
    this.value = undefined;
    this.error = error;
    this.set('error');
    this.queue(errorEvent(error));
  }

  private set(status: FeedStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private queue(event: Event): void {
    this.queued.push(event);
    this.host.requestUpdate();
  }
}

/** A parser's outcome: the feed read, why not, or either later (a huge feed read in slices). */
type Reading<T> = Parsed<T> | FeedError | Promise<Parsed<T> | FeedError>;

function attempt<T>(parse: () => Parsed<T> | Promise<Parsed<T>>): Reading<T> {
  try {
    const parsed = parse();
    return parsed instanceof Promise ? parsed.catch((error: unknown) => toFeedError(error, 'schema')) : parsed;
  } catch (error) {
    return toFeedError(error, 'schema');
  }
}

/** What parseJson gives for text that is not JSON (or no text at all). */
const NOT_JSON = Symbol('not JSON');

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return NOT_JSON;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** Value equality, field by field (as Lit's Task compares its args): NaN equals NaN. */
function same(a: Resolved, b: Resolved): boolean {
  return (Object.keys(b) as (keyof Resolved)[]).every((key) => Object.is(a[key], b[key]));
}

const errorEvent = ({ code, message, status }: FeedError) =>
  new WidgetErrorEvent(status === undefined ? { code, message } : { code, message, status });
