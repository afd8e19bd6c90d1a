// RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 to JSON Feed 1.1 with the `_news` extension: one item per
// item or entry. HTML stays HTML (the widgets sanitize it when they show it); links and images are
// made absolute against xml:base, --base, the URL the feed was read from, or (from a file) its own
// link; page links with none of these stay relative (the widgets resolve them against the feed).
import { feedDate } from './dates.mjs';
import { imageOf } from './images.mjs';
import { attr, child, children, InputError, innerMarkup, linkOf, NS, readXml, resolve, textOf } from './xml.mjs';

const RECORDS = new Set(['item', 'entry']);

/** The kind of feed a document's top element makes: `atom`, `rss2`, `rss1`, or undefined. */
const kindOf = (top) =>
  top.local === 'feed' && top.uri === NS.atom ? 'atom' : top.local === 'rss' ? 'rss2' : top.local === 'RDF' ? 'rss1' : undefined;

/**
 * Converts the feed at `source`, handing each item to `onItem` in order as soon as it can be made
 * (once the channel's title and, for a file without a base, its link have been read; before that,
 * items wait), so a feed of any size is never held whole. Resolves with the feed's other fields.
 * `options.source` names the outlet (default: the feed's title); `options.warn` is told what was
 * recovered from a feed that is not quite XML.
 */
export async function convertRss(source, options, onItem) {
  const kept = [];
  const waiting = [];
  let made = 0;
  /** What every item needs from the channel, once known: its kind, base link and outlet. */
  let context;
  const make = (node) => {
    const { kind, base, outlet } = context;
    const item = kind === 'atom' ? atomItem(node, base, kept) : rssItem(node, base, made, kept);
    made++;
    onItem({ ...item, _news: { ...item._news, source: outlet } });
  };
  const { root, url } = await readXml(source, {
    isRecord: (node) => RECORDS.has(node.local) && [NS.atom, NS.rss1, ''].includes(node.uri),
    onRecord(node, stack) {
      context ??= contextOf(stack, options);
      if (!context) return waiting.push(node);
      for (const early of waiting.splice(0)) make(early);
      make(node);
    },
    warn: options.warn,
    timeout: options.timeout,
    base: options.base,
  });
  const top = root.children.find((c) => typeof c === 'object');
  if (!top) throw new InputError(`${source}: no document`);
  const kind = kindOf(top);
  if (!kind) throw new InputError(`${source}: <${top.local}> is not RSS or Atom`);
  const channel = kind === 'atom' ? top : child(top, undefined, 'channel');
  // Page links with nothing to resolve them against stay relative, and the command says so.
  const channelKept = [];
  const link =
    kind === 'atom' ? atomLink(channel, channelKept) : linkOf(textOf(child(channel, undefined, 'link')), channel?.base ?? url, channelKept);
  const title = textOf(child(channel, undefined, 'title')) ?? options.source ?? url ?? source;
  const language = textOf(child(channel, undefined, 'language')) ?? textOf(child(channel, NS.dc, 'language')) ?? top.lang;
  // Relative URLs: against xml:base where given, else where the feed was read from, else (a file)
  // the feed's own link.
  context ??= { kind, base: (node) => node.base ?? resolve(link), outlet: options.source ?? title };
  for (const node of waiting.splice(0)) make(node);
  const relative = [...channelKept, ...kept];
  if (relative.length)
    options.warn?.(
      `${source}: ${relative.length} link${relative.length === 1 ? '' : 's'} left relative, e.g. ${relative[0]} (nothing to resolve them against: pass --base URL)`,
    );
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    home_page_url: link,
    feed_url: (kind === 'atom' ? selfLink(channel) : undefined) ?? url,
    description: textOf(child(channel, undefined, kind === 'atom' ? 'subtitle' : 'description')),
    language,
  };
}

/**
 * What items need from the channel, from the elements read so far (`stack`: the open ones, the
 * document first); undefined while the outlet's name or the link a file's items resolve against
 * is still to come.
 */
function contextOf(stack, options) {
  const [document, top] = stack;
  const kind = top && kindOf(top);
  if (!kind) return undefined;
  const channel = kind === 'atom' ? top : kind === 'rss2' ? stack[2] : child(top, undefined, 'channel');
  if (!channel) return undefined;
  const outlet = options.source ?? textOf(child(channel, undefined, 'title'));
  if (!outlet) return undefined;
  if (document.base) return { kind, base: (node) => node.base, outlet };
  // The link the end would choose, once it is there (Atom: its alternate link, which may follow a rel="self").
  const hasLink =
    kind === 'atom'
      ? children(channel, NS.atom, 'link').some((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate')
      : child(channel, undefined, 'link');
  if (!hasLink) return undefined;
  const href = kind === 'atom' ? resolve(atomLink(channel, [])) : resolve(textOf(child(channel, undefined, 'link')), channel.base);
  return { kind, base: (node) => node.base ?? href, outlet };
}

/** The whole feed at `source` as one object (the demo's server); see convertRss. */
export async function rssToJsonFeed(source, options = {}) {
  const items = [];
  const feed = await convertRss(source, options, (item) => items.push(item));
  return JSON.parse(JSON.stringify({ ...feed, items }));
}

function rssItem(node, base, index, kept) {
  const at = base(node);
  const link = linkOf(textOf(child(node, undefined, 'link')), at, kept);
  const guid = textOf(child(node, undefined, 'guid'));
  const html = textOf(child(node, NS.content, 'encoded'));
  const description = textOf(child(node, undefined, 'description'));
  const content = html ?? description;
  const { image, credit } = imageOf(node, at, content);
  const authors = [...children(node, NS.dc, 'creator'), ...children(node, '', 'author')]
    .map(textOf)
    .filter(Boolean)
    // RSS 2.0's author is an address: "editor@example.org (Анна Петрова)".
    .map((name) => ({ name: /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name }));
  return {
    id: guid ?? link ?? attr(node, 'about') ?? textOf(child(node, undefined, 'title')) ?? `item-${index + 1}`,
    url: link,
    title: plain(textOf(child(node, undefined, 'title'))),
    content_html: content ? absoluteLinks(content, at) : undefined,
    summary: html && description ? plain(description) : undefined,
    image,
    attachments: attachmentsOf(children(node, undefined, 'enclosure'), 'url', at),
    date_published: feedDate(textOf(child(node, undefined, 'pubDate')) ?? textOf(child(node, NS.dc, 'date'))),
    authors: authors.length ? authors : undefined,
    tags: tagsOf([...children(node, undefined, 'category'), ...children(node, NS.dc, 'subject')].map(textOf)),
    language: textOf(child(node, NS.dc, 'language')) ?? node.lang,
    _news: credit ? { image_credit: credit } : undefined,
  };
}

function atomItem(node, base, kept) {
  const at = base(node);
  const url = atomLink(node, kept);
  const content = child(node, NS.atom, 'content');
  const summary = child(node, NS.atom, 'summary');
  const html = content ? atomHtml(content) : undefined;
  const { image, credit } = imageOf(node, at, html);
  const authors = children(node, NS.atom, 'author')
    .map((author) => ({
      name: textOf(child(author, NS.atom, 'name')),
      url: resolve(textOf(child(author, NS.atom, 'uri')), author.base),
    }))
    // An empty <author/> says nothing: no {} in the feed.
    .filter((author) => author.name || author.url);
  return {
    id: textOf(child(node, NS.atom, 'id')) ?? url,
    url,
    title: plain(atomText(child(node, NS.atom, 'title'))),
    content_html: html ? absoluteLinks(html, content.base) : undefined,
    summary: summary ? plain(atomText(summary)) : undefined,
    image,
    attachments: attachmentsOf(
      children(node, NS.atom, 'link').filter((l) => attr(l, 'rel') === 'enclosure'),
      'href',
      at,
    ),
    date_published: feedDate(textOf(child(node, NS.atom, 'published')) ?? textOf(child(node, NS.atom, 'updated'))),
    date_modified: feedDate(textOf(child(node, NS.atom, 'updated'))),
    authors: authors.length ? authors : undefined,
    tags: tagsOf(children(node, NS.atom, 'category').map((c) => attr(c, 'label') ?? attr(c, 'term'))),
    language: node.lang,
    _news: credit ? { image_credit: credit } : undefined,
  };
}

/** An Atom entry's or feed's page: the alternate link, against its own xml:base. */
function atomLink(node, kept) {
  const links = children(node, NS.atom, 'link');
  const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate ? linkOf(attr(alternate, 'href'), alternate.base, kept) : undefined;
}

/** An Atom feed's own address (rel="self"). */
function selfLink(node) {
  const self = children(node, NS.atom, 'link').find((l) => attr(l, 'rel') === 'self');
  return self ? resolve(attr(self, 'href'), self.base) : undefined;
}

/** Atom text constructs as HTML: `html` is markup already, `xhtml` is a div of it, `text` is text. */
function atomHtml(node) {
  const type = attr(node, 'type') ?? 'text';
  if (type === 'xhtml') {
    const div = child(node, NS.xhtml, 'div');
    return div ? innerMarkup(div).trim() || undefined : undefined;
  }
  const text = textOf(node);
  if (!text) return undefined;
  return type === 'html' ? text : `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;
}

/** An Atom text construct as plain text. */
const atomText = (node) => (node && attr(node, 'type') === 'xhtml' ? plain(atomHtml(node)) : textOf(node));

/** Markup to plain text: tags dropped, entities read. */
function plain(html) {
  if (html === undefined) return undefined;
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e) => {
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()];
      return named ?? String.fromCodePoint(e[1].toLowerCase() === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    })
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/** Enclosures (RSS) or enclosure links (Atom) as JSON Feed attachments: URL, type and size kept. */
function attachmentsOf(enclosures, key, at) {
  const attachments = enclosures
    .map((e) => {
      const length = Number(attr(e, 'length'));
      return {
        url: resolve(attr(e, key), at),
        // JSON Feed requires a type: an enclosure that gives none is "some bytes".
        mime_type: attr(e, 'type')?.trim() || 'application/octet-stream',
        size_in_bytes: Number.isSafeInteger(length) && length > 0 ? length : undefined,
      };
    })
    .filter((attachment) => attachment.url);
  return attachments.length ? attachments : undefined;
}

const tagsOf = (names) => {
  const tags = [...new Set(names.map((name) => name?.trim()).filter(Boolean))];
  return tags.length ? tags : undefined;
};

/** href and src attributes of content made absolute, so the converted feed works wherever it is served. */
function absoluteLinks(html, at) {
  if (!at) return html;
  return html.replace(/(\s(?:href|src)\s*=\s*)(["'])([^"']*)\2/gi, (whole, before, quote, value) => {
    const url = resolve(value.replace(/&amp;/g, '&'), at);
    return url ? `${before}${quote}${url.replace(/&/g, '&amp;')}${quote}` : whole;
  });
}
