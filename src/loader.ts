/**
 * The smallest way in: defines each element only when one appears on the page, loading its code
 * then. Watches the document, elements added later, and any shadow root passed to `watch()`.
 *
 *   <script type="module" src="https://…/news-widgets/loader.js"></script>
 */
const elements: Record<string, () => Promise<unknown>> = {
  'news-card': () => import('./news-card.js'),
  'news-feed': () => import('./news-feed.js'),
  'tv-schedule': () => import('./tv-schedule.js'),
  'country-tag-cloud': () => import('./country-tag-cloud.js'),
  'subscribe-form': () => import('./subscribe-form.js'),
};
/**
 * The files each element's code imports, directly or not, written in by the build
 * (scripts/loader-preloads.mjs): they are all requested at once, with the element's own module,
 * instead of one level of imports after another.
 */
const PRELOADS: Record<string, readonly string[]> = readPreloads('__NW_PRELOADS__');

function readPreloads(text: string): Record<string, readonly string[]> {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

const preloaded = new Set<string>();

function preload(file: string): void {
  const href = new URL(file, import.meta.url).href;
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

const tags = Object.keys(elements);
const selector = tags.join(',');
const requested = new Set<string>();
const observers: MutationObserver[] = [];

function request(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  for (const file of PRELOADS[tag] ?? []) preload(file);
  // A failed load leaves the light-DOM fallback in place and allows a later try.
  elements[tag]().catch(() => requested.delete(tag));
}

function scan(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) request(root.localName);
  for (const element of root.querySelectorAll(selector)) request(element.localName);
}

/** Loads the elements `root` holds now and those added to it later. */
export function watch(root: Document | ShadowRoot = document): void {
  scan(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    // Every element requested: nothing left to watch for.
    if (requested.size === tags.length) for (const each of observers) each.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
}

watch();
