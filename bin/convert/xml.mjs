// Reads an XML document from a file or URL as a stream, in the encoding its prolog declares, and
// hands over each finished record (an RSS item, an Atom entry, an XMLTV programme) as a small tree,
// so a guide of tens of thousands of programmes is never held as one document.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import { BareAmpersands, ExternalEntity, entityTable, Recoveries } from './recover.mjs';

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

/** A failure in the input: exit 1, with where it broke. */
export class InputError extends Error {}

/** The input could not be read at all (no such file, HTTP 404): exit 2, as for a usage error. */
export class SourceError extends Error {}

/** The bytes of `source`, a file path or an http(s) URL, as an async iterable; and its URL. */
async function open(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source);
    if (!response.ok) throw new SourceError(`${source} answered HTTP ${response.status}`);
    return { chunks: response.body, url: response.url || source };
  }
  const stream = createReadStream(source);
  await new Promise((resolve, reject) => stream.once('readable', resolve).once('error', reject)).catch((error) => {
    throw new SourceError(`cannot read ${source}: ${error.code ?? error.message}`);
  });
  return { chunks: stream, url: undefined };
}

/** The encoding a document declares: a byte-order mark, else its prolog, else UTF-8. */
function encodingOf(head) {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const prolog = Buffer.from(head.subarray(0, 200)).toString('latin1');
  return /^<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(prolog)?.[1] ?? 'utf-8';
}

/**
 * Parses `source`; `isRecord(node, depth)` says which elements are records: each is passed, once
 * closed, to `onRecord` and not kept. Resolves with the root (records taken out) and the URL read.
 * What was recovered on the way (recover.mjs) is told to `warn` in one line. `base` (--base) is
 * what relative links resolve against, before the URL read.
 */
export async function readXml(source, { isRecord, onRecord, warn, base }) {
  const { chunks, url } = await open(source);
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
  parser.on('opentag', (tag) => {
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
  const text = (value) => stack[stack.length - 1].children.push(value);
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('closetag', () => {
    const node = stack.pop();
    const parent = stack[stack.length - 1];
    if (isRecord(node, stack.length)) onRecord(node);
    else parent.children.push(node);
  });
  let decoder;
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      if (!decoder) {
        const label = encodingOf(bytes);
        try {
          decoder = new TextDecoder(label);
        } catch {
          throw new InputError(`${source}: unsupported encoding ${label}`);
        }
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

/** `href` against `base`, or undefined when it cannot be made absolute http(s). */
export function resolve(href, base) {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
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
