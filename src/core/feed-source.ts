// Where an element's feed comes from, read the same way by the element (feed-controller.ts) and by
// the loader, which requests the feed before the element's code has arrived (loader.ts).

/** A child script holding the feed inline. */
export const INLINE_FEED = ':scope > script[type="application/json"], :scope > script[type="application/feed+json"]';

/** `src` (trimmed) as an absolute URL against the page, or undefined when blank or unreadable. */
export function absolute(src: string | null | undefined): string | undefined {
  if (!src?.trim()) return undefined;
  try {
    return new URL(src.trim(), document.baseURI).href;
  } catch {
    return undefined;
  }
}
