/**
 * The smallest way in: defines each element only when one appears on the page, loading its code
 * then. Watches the document, elements added later, and any shadow root passed to `watch()`.
 *
 *   <script type="module" src="https://…/news-widgets/loader.js"></script>
 *
 * It costs a page no more waiting than the classic script: each batch of elements it finds loads
 * one self-contained file (the element's own when one kind is new on a parsed page, else all the
 * classes), and their feeds are requested at the same time as the code, for the elements to take over.
 */
import { define } from './core/define.js';
import { absolute, INLINE_FEED } from './core/feed-source.js';
import { offerPrefetches, type Prefetch } from './core/prefetch.js';

/** Each tag's class, by the name its file exports it under. */
const CLASSES: Record<string, string> = {
  'news-card': 'NewsCardElement',
  'news-feed': 'NewsFeedElement',
  'tv-schedule': 'TvScheduleElement',
  'country-tag-cloud': 'CountryTagCloudElement',
  'subscribe-form': 'SubscribeFormElement',
};
/** The file of each tag, and of all of them (`*`), written in by the build (scripts/build-standalone.mjs). */
const FILES: Record<string, string> = readFiles('__NW_FILES__');

function readFiles(text: string): Record<string, string> {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

type Classes = Record<string, CustomElementConstructor>;

const tags = Object.keys(CLASSES);
const selector = tags.join(',');
const requested = new Set<string>();
const observers: MutationObserver[] = [];
let everything: Promise<Classes> | undefined;

/** On a server (an SSR framework importing the module) there is nothing to watch. */
const inBrowser = typeof document !== 'undefined';
const offers = inBrowser ? offerPrefetches() : new Map<string, Prefetch>();
/** The tags that wait for each feed requested ahead; dropped once all of them are defined. */
const waiting = new Map<Prefetch, Set<string>>();

const load = (file: string): Promise<Classes> => import(/* @vite-ignore */ new URL(FILES[file], import.meta.url).href);

function loadEverything(): Promise<Classes> {
  everything ??= load('*');
  return everything;
}

function request(batch: string[]): void {
  if (!batch.length) return;
  for (const tag of batch) requested.add(tag);
  // While the page is still being parsed, more kinds may follow: all of them, in one file.
  const all = everything !== undefined || batch.length > 1 || document.readyState === 'loading';
  const classes = all ? loadEverything() : load(batch[0]);
  classes.then(
    (module) => {
      for (const tag of batch) define(tag, module[CLASSES[tag]]);
      // The elements just defined took their feeds in their first update; what is left, nobody asks for.
      setTimeout(dropUnclaimed, 1000);
    },
    () => {
      // A failed load leaves the light-DOM fallback in place and allows a later try.
      for (const tag of batch) requested.delete(tag);
      if (all) everything = undefined;
    },
  );
}

/**
 * Requests the feed of an element that will fetch one as soon as it is defined: read as the
 * element reads it (feed-source.ts), so the request the element makes is this one.
 */
function prefetch(element: Element): void {
  if (element.getAttribute('loading')?.trim().toLowerCase() === 'lazy') return;
  // A data attribute or property, or an inline feed, wins over src; a blank data attribute, or a
  // property set to null (as a framework clears it), is not set.
  const given = Object.hasOwn(element, 'data') && (element as { data?: unknown }).data != null;
  if (element.getAttribute('data')?.trim() || given || element.querySelector(INLINE_FEED)) return;
  const url = absolute(element.getAttribute('src'));
  if (!url) return;
  let offer = offers.get(url);
  if (!offer) {
    const controller = new AbortController();
    const response = fetch(url, { credentials: 'omit', signal: controller.signal });
    // Its failure is the element's to report, when it takes the request over.
    response.catch(() => {});
    offer = { response, abort: () => controller.abort() };
    offers.set(url, offer);
  }
  waiting.set(offer, (waiting.get(offer) ?? new Set()).add(element.localName));
}

function dropUnclaimed(): void {
  for (const [url, offer] of offers) {
    if ([...(waiting.get(offer) ?? [])].every((tag) => customElements.get(tag))) {
      offers.delete(url);
      waiting.delete(offer);
      offer.abort();
    }
  }
}

/** Adds to `batch` the kinds of element in `root` that are neither defined nor requested yet. */
function collect(root: ParentNode, batch: Set<string>): void {
  const found = root instanceof Element && root.matches(selector) ? [root] : [];
  found.push(...root.querySelectorAll(selector));
  for (const element of found) {
    const tag = element.localName;
    if (customElements.get(tag)) continue;
    prefetch(element);
    if (!requested.has(tag)) batch.add(tag);
  }
}

/** Loads the elements `root` holds now and those added to it later. */
export function watch(root: Document | ShadowRoot = document): void {
  const batch = new Set<string>();
  collect(root, batch);
  request([...batch]);
  const observer = new MutationObserver((records) => {
    // Everything one change added is one batch: a framework's render loads one file, not several.
    const added = new Set<string>();
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) collect(node, added);
    request([...added]);
    // Every element requested: nothing left to watch for.
    if (requested.size === tags.length) for (const each of observers) each.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
}

if (inBrowser) watch();
