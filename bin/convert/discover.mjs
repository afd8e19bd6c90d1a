// An HTML page given where a feed was expected: its <link rel="alternate"> to an RSS or Atom feed,
// as feed readers find one (RSS autodiscovery).
import { attributeOf, resolve } from './markup.mjs';

/** Whether a document's first text is an HTML page rather than XML. */
export const isHtmlPage = (head) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head);

const FEED_TYPES = /^application\/(?:rss|atom)\+xml$/i;

/** The first RSS or Atom feed `html` links to, against `base`; undefined when it has none. */
export function feedLinkOf(html, base) {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attributeOf(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!rel.includes('alternate') || !FEED_TYPES.test(attributeOf(tag, 'type')?.trim() ?? '')) continue;
    // A link with nothing to resolve it against: try the next.
    const url = resolve(attributeOf(tag, 'href'), base);
    if (url) return url;
  }
  return undefined;
}
