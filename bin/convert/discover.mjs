// An HTML page given where a feed was expected: its <link rel="alternate"> to an RSS or Atom feed,
// as feed readers find one (RSS autodiscovery).

/** Whether a document's first text is an HTML page rather than XML. */
export const isHtmlPage = (head) => /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(head);

const FEED_TYPES = /^application\/(?:rss|atom)\+xml$/i;

/** The first RSS or Atom feed `html` links to, against `base`; undefined when it has none. */
export function feedLinkOf(html, base) {
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const value = (name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    const rel = value('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!rel.includes('alternate') || !FEED_TYPES.test(value('type')?.trim() ?? '')) continue;
    const href = value('href')?.replace(/&amp;/g, '&').trim();
    try {
      const url = new URL(href, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A link with nothing to resolve it against: try the next.
    }
  }
  return undefined;
}
