// Reads an XML document from a file or URL as a stream, in the encoding its prolog declares, and
// hands over each finished record (an RSS item, an Atom entry, an XMLTV programme) as a small tree,
// so a guide of tens of thousands of programmes is never held as one document.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { feedLinkOf, isHtmlPage } from './discover.mjs';
import { InputError, SourceError } from './errors.mjs';
import { get } from './http.mjs';
import { resolve } from './markup.mjs';
import { BareAmpersands, ExternalEntity, entityTable, Recoveries } from './recover.mjs';

export { InputError, resolve, SourceError };

export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/** The bytes of `source`, a file path or an http(s) URL, as an async iterable; and its URL. */
async function open(source, timeout) {
  if (/^https?:\/\//i.test(source)) {
    const { response, chunks } = await get(source, { timeout });
    const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
    return { chunks, url: response.url || source, charset };
  }
  const stream = createReadStream(source);
  await new Promise((resolve, reject) => stream.once('readable', resolve).once('error', reject)).catch((error) => {
    throw new SourceError(`cannot read ${source}: ${error.code ?? error.message}`);
  });
  return { chunks: stream, url: undefined };
}

/** Single-byte encodings a prolog may claim for bytes that are really UTF-8. */
const LEGACY = /^(windows-125\d|cp125\d|iso-8859-\d+|latin1|koi8-[ru])$/i;

/**
 * The encoding of a document, in the XML spec's order: a byte-order mark, else the charset the
 * server sent, else the prolog, else UTF-8. A legacy encoding declared for bytes that are valid
 * UTF-8 (with letters beyond ASCII) is UTF-8: `mislabelled` says so.
 */
function encodingOf(head, charset) {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8' };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be' };
  const prolog = Buffer.from(head.subarray(0, 200)).toString('latin1');
  const declared = charset ?? /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(prolog)?.[1] ?? 'utf-8';
  if (LEGACY.test(declared) && head.some((byte) => byte > 0x7f)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
      return { label: 'utf-8', mislabelled: declared };
    } catch {
      // Not UTF-8: the declaration stands.
    }
  }
  return { label: declared };
}

/** The largest HTML page read to find the feed it links to. */
const PAGE_LIMIT = 5 * 1024 * 1024;

/**
 * Parses `source`; `isRecord(node, depth)` says which elements are records: each is passed, once
 * closed, to `onRecord(node, stack)` (with the elements still open, the document first) and not kept;
 * an element `skip(tag, depth)` turns down as it opens is not built at all. Resolves with the root (records taken out) and the URL read.
 * What was recovered on the way (recover.mjs) is told to `warn` in one line. `base` (--base) is
 * what relative links resolve against, before the URL read.
 */
export async function readXml(source, options) {
  const { isRecord, onRecord, skip, warn, base, timeout } = options;
  const { chunks, url, charset } = await open(source, timeout);
  const parser = new SaxesParser({ xmlns: true, position: true, fileName: source });
  const recoveries = new Recoveries();
  const entities = entityTable(parser.ENTITIES, recoveries);
  parser.ENTITIES = entities.table;
  parser.on('doctype', entities.declare);
  // An unknown entity stays as text; any other error ends the parse (thrown on, as without a handler).
  parser.on('error', (error) => {
    if (!error.message.endsWith('undefined entity.')) throw error;
    recoveries.note(parser.line, parser.column);
  });
  const mend = new BareAmpersands(recoveries);
  // Relative links against --base, else where the document was read from.
  const root = { name: '#document', uri: '', local: '#document', attributes: {}, children: [], base: resolve(base) ?? url };
  const stack = [root];
  // Inside an element `skip` turned down: nothing of it is built (other channels of a guide).
  let skipping = 0;
  parser.on('opentag', (tag) => {
    if (skipping || skip?.(tag, stack.length)) {
      skipping++;
      return;
    }
    const parent = stack[stack.length - 1];
    const attributes = {};
    for (const attribute of Object.values(tag.attributes)) attributes[`${attribute.uri}|${attribute.local}`] = attribute.value;
    const declared = attributes[`${NS.xml}|base`];
    const node = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      base: declared === undefined ? parent.base : resolve(declared, parent.base) ?? parent.base,
      lang: attributes[`${NS.xml}|lang`] ?? parent.lang,
    };
    stack.push(node);
  });
  const text = (value) => skipping || stack[stack.length - 1].children.push(value);
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    if (skipping) {
      skipping--;
      return;
    }
    const node = stack.pop();
    const parent = stack[stack.length - 1];
    if (isRecord(node, stack.length)) onRecord(node, stack);
    else parent.children.push(node);
  });
  let decoder;
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (!decoder) {
        const { label, mislabelled } = encodingOf(bytes, charset);
        try {
          decoder = new TextDecoder(label);
        } catch {
          throw new InputError(`${source}: unsupported encoding ${label}`);
        }
        if (mislabelled) warn?.(`${source}: declared ${mislabelled}, but its bytes are UTF-8: read as UTF-8`);
        const text = decoder.decode(bytes, { stream: true });
        if (isHtmlPage(text)) return await followPage(source, text, chunks, decoder, { ...options, base: resolve(base) ?? url });
        parser.write(mend.push(text));
        continue;
      }
      parser.write(mend.push(decoder.decode(bytes, { stream: true })));
    }
    parser.write(mend.push(decoder?.decode() ?? '', true));
    parser.close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof ExternalEntity) throw new InputError(`${source}:${parser.line}:${parser.column}: ${error.message}`);
    throw new InputError(error.message.split('\n')[0]);
  }
  const recovered = recoveries.describe(source);
  if (recovered) warn?.(recovered);
  return { root, url };
}

/**
 * An HTML page where a feed was expected: reads the feed its <link rel="alternate"> names instead
 * (once: a page that links to a page is not followed further), saying so.
 */
async function followPage(source, head, chunks, decoder, options) {
  let page = head;
  for await (const chunk of chunks) {
    page += decoder.decode(chunk, { stream: true });
    if (page.length > PAGE_LIMIT || /<\/head\s*>/i.test(page)) break;
  }
  const feed = options.followed ? undefined : feedLinkOf(page, options.base);
  if (!feed)
    throw new InputError(
      `${source} is an HTML page, not a feed${options.followed ? '' : ', and links to no RSS or Atom feed (<link rel="alternate">)'}`,
    );
  options.warn?.(`${source} is an HTML page: reading the feed it links to, ${feed}`);
  return readXml(feed, { ...options, base: undefined, followed: true });
}

/**
 * A page link: `href` against `base`; with no base at all (a file without xml:base, no --base), a
 * relative `href` as written, pushed to `kept`: the widgets resolve it against the feed's own URL.
 */
export function linkOf(href, base, kept) {
  const url = resolve(href, base);
  const written = href?.trim();
  if (url || base || !written || /^[a-z][a-z\d+.-]*:/i.test(written)) return url;
  kept.push(written);
  return written;
}

/** The first child element `local` (in namespace `uri`, or any when `uri` is undefined). */
export const child = (node, uri, local) => node?.children.find((c) => typeof c === 'object' && c.local === local && (uri === undefined || c.uri === uri));

/** Every child element `local` in namespace `uri`. */
export const children = (node, uri, local) =>
  node?.children.filter((c) => typeof c === 'object' && c.local === local && (uri === undefined || c.uri === uri)) ?? [];

/** All the text inside `node`, trimmed; undefined when blank. */
export function textOf(node) {
  if (!node) return undefined;
  const parts = [];
  const walk = (n) => {
    for (const c of n.children) typeof c === 'string' ? parts.push(c) : walk(c);
  };
  walk(node);
  const text = parts.join('').trim();
  return text || undefined;
}

/** An attribute without a namespace. */
export const attr = (node, name) => node?.attributes[`|${name}`];

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text) => escape(text).replace(/"/g, '&quot;');

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** The children of `node` written back as markup (Atom's xhtml content, as HTML). */
export function innerMarkup(node) {
  return node.children
    .map((c) => {
      if (typeof c === 'string') return escape(c);
      const attributes = Object.entries(c.attributes)
        .filter(([key]) => key.startsWith('|'))
        .map(([key, value]) => ` ${key.slice(1)}="${escapeAttribute(value)}"`)
        .join('');
      return VOID.has(c.local) ? `<${c.local}${attributes}>` : `<${c.local}${attributes}>${innerMarkup(c)}</${c.local}>`;
    })
    .join('');
}
