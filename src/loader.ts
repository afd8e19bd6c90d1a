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
const tags = Object.keys(elements);
const selector = tags.join(',');
const requested = new Set<string>();
const observers: MutationObserver[] = [];

function request(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
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
