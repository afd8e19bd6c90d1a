import { LINK_REL, safeUrl } from './safe-url.js';

/**
 * Turns untrusted article HTML into a fragment of article markup: paragraphs, headings, lists,
 * quotes, emphasis, links (opening in `target`) and images. Nothing else survives: no script, style, form, frame,
 * embedded object or SVG, no event handler or style attribute, no URL but http(s).
 *
 * The string is tokenized here, not by the browser's HTML parser, and the result is built with
 * createElement from an allowlist: safe by construction, and silent under a strict CSP (the
 * browser's parser reports every `style="…"` it sees, even in a detached document).
 */
export function sanitizeHtml(html: string, base: string = document.baseURI, target = '_blank'): DocumentFragment {
  const fragment = document.createDocumentFragment();
  // For finding end tags of dropped elements, whatever their case; made once, not per element.
  // ASCII only: toLowerCase() makes some letters longer (İ → i̇) and would shift every index.
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const tree = new Tree(fragment);
  let at = 0;

  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      tree.text(html.slice(at));
      break;
    }
    tree.text(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      // A lone "<" is text.
      tree.text('<');
      at = lt + 1;
      continue;
    }
    at = tag.end;
    if (tag.kind === 'other') continue;
    const name = RENAME[tag.name] ?? tag.name;
    if (tag.kind === 'close') {
      tree.close(name);
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag.name)) {
      at = skipElement(lower, at, tag.name, tag.selfClosing);
      continue;
    }
    if (!ALLOWED.has(name)) continue; // Unwrapped: its text stays, the tag goes.
    const element = build(name, tag.attributes, base, target);
    if (element) tree.open(element);
  }
  return fragment;
}

/**
 * The open elements, and the rules of the HTML parser that article markup relies on: implied end
 * tags (a new paragraph, list item, definition or heading closes the one before), `/>` closing
 * void elements only, and formatting cut by an end tag carrying on after it, as browsers do with
 * `<b><i>x</b>y</i>` (their "active formatting elements", without the rarer cases).
 */
class Tree {
  private readonly stack: Node[];
  /** Formatting elements closed early, re-opened before the next text or inline element. */
  private pending: Element[] = [];
  /** When each element was opened: what carries on re-opens in that order. */
  private readonly openedAt = new WeakMap<Element, number>();
  private opened = 0;

  constructor(root: Node) {
    this.stack = [root];
  }

  private get top(): Node {
    return this.stack[this.stack.length - 1];
  }

  text(raw: string): void {
    if (!raw) return;
    this.reopen();
    this.top.appendChild(document.createTextNode(decodeEntities(raw)));
  }

  open(element: Element): void {
    const name = element.localName;
    if (CLOSES_P.has(name)) this.closeImplied(['p'], []);
    if (name === 'li') this.closeImplied(['li'], LIST_SCOPE);
    if (name === 'dt' || name === 'dd') this.closeImplied(['dt', 'dd'], LIST_SCOPE);
    if (HEADINGS.has(name) && HEADINGS.has(this.nameAt(this.stack.length - 1))) this.popTo(this.stack.length - 1);
    if (name === 'a') this.close('a');
    // Blocks take no carried-on formatting themselves; what is inside them will.
    if (!CLOSES_P.has(name)) this.reopen();
    this.top.appendChild(element);
    this.openedAt.set(element, this.opened++);
    if (!VOID.has(name)) this.stack.push(element);
  }

  close(name: string): void {
    const index = this.stack.findLastIndex((node, i) => i > 0 && (node as Element).localName === name);
    if (index > 0) {
      this.popTo(index, name);
      return;
    }
    // Closed early, not yet re-opened: forget it. A stray </p> makes an empty paragraph.
    const waiting = this.pending.findIndex((element) => element.localName === name);
    if (waiting !== -1) this.pending.splice(waiting, 1);
    else if (name === 'p') this.top.appendChild(document.createElement('p'));
  }

  /** Closes the nearest of `names` unless one of `scope` stands between it and the top. */
  private closeImplied(names: string[], scope: string[]): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const name = this.nameAt(i);
      if (names.includes(name)) {
        this.popTo(i);
        return;
      }
      if (scope.includes(name)) return;
    }
  }

  /** Pops `stack[index]` and all above it; the formatting elements above it carry on later. */
  private popTo(index: number, closed?: string): void {
    const above = this.stack.splice(index) as Element[];
    const carried = above.filter((element, i) => FORMATTING.has(element.localName) && !(i === 0 && closed));
    this.pending = [...this.pending, ...carried].slice(-MAX_PENDING);
  }

  private reopen(): void {
    if (!this.pending.length) return;
    const order = (element: Element) => this.openedAt.get(element) ?? 0;
    for (const element of this.pending.sort((a, b) => order(a) - order(b))) {
      const copy = element.cloneNode(false) as Element;
      this.openedAt.set(copy, order(element));
      this.top.appendChild(copy);
      this.stack.push(copy);
    }
    this.pending = [];
  }

  private nameAt(index: number): string {
    return (this.stack[index] as Element).localName ?? '';
  }
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** Start tags that close an open paragraph. */
const CLOSES_P = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'dl',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'hr',
  ...HEADINGS,
]);
/** Elements across which an implied end tag of a list item or definition does not reach. */
const LIST_SCOPE = ['ul', 'ol', 'dl'];
/** Elements that carry on after an end tag cuts them, as in the HTML parser. */
const FORMATTING = new Set(['a', 'b', 'code', 'em', 'i', 's', 'small', 'strong', 'u']);
/** However broken the markup, a bounded number of elements carried on. */
const MAX_PENDING = 12;

/** The plain text of untrusted HTML, paragraph by paragraph. */
export function htmlToParagraphs(html: string): string[] {
  const fragment = sanitizeHtml(html);
  const blocks = [...fragment.querySelectorAll('p, li, blockquote, h2, h3, h4, h5, h6')];
  const texts = (blocks.length ? blocks : [fragment]).map(
    (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  );
  return texts.filter(Boolean);
}

const ALLOWED = new Set([
  'p',
  'br',
  'hr',
  ...HEADINGS,
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'q',
  'cite',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'code',
  'pre',
  'figure',
  'figcaption',
  'a',
  'img',
  'div',
  'span',
  'time',
]);
const VOID = new Set(['br', 'hr', 'img']);
/** A top-level heading inside an article is the article's own level below the card title. */
const RENAME: Record<string, string> = { h1: 'h2', del: 's', ins: 'u', strike: 's' };
/** Elements whose content is code, UI or an embedding, not article text: gone with all they hold. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'svg',
  'math',
  'form',
  'select',
  'textarea',
  'button',
  'input',
  'option',
  'title',
  'head',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'xmp',
  'plaintext',
  'dialog',
  'portal',
  'link',
  'meta',
  'base',
]);
/** Dropped elements that have no content or end tag. */
const VOID_DROPPED = new Set(['input', 'source', 'track', 'link', 'meta', 'base', 'embed']);
/** Dropped elements whose content the HTML parser reads as text: no nested tags to count. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'textarea',
  'title',
  'plaintext',
  'noscript',
  'iframe',
  'noembed',
  'noframes',
]);
const GLOBAL_ATTRIBUTES = new Set(['lang', 'title']);
const ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  ol: new Set(['start', 'reversed']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  abbr: new Set(['title']),
  blockquote: new Set(['cite']),
  q: new Set(['cite']),
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const NUMERIC_ATTRIBUTES = new Set(['width', 'height', 'start', 'value']);

function build(name: string, attributes: [string, string][], base: string, target: string): Element | undefined {
  const element = document.createElement(name);
  for (const [key, raw] of attributes) {
    if (!GLOBAL_ATTRIBUTES.has(key) && !ATTRIBUTES[name]?.has(key)) continue;
    let value: string | undefined = decodeEntities(raw);
    if (URL_ATTRIBUTES.has(key)) value = safeUrl(value, base);
    else if (NUMERIC_ATTRIBUTES.has(key)) value = /^\d{1,5}$/.test(value.trim()) ? value.trim() : undefined;
    if (value !== undefined) element.setAttribute(key, value);
  }
  if (name === 'img') {
    if (!element.hasAttribute('src')) return undefined;
    if (!element.hasAttribute('alt')) element.setAttribute('alt', '');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
  if (name === 'a') {
    element.setAttribute('rel', LINK_REL);
    element.setAttribute('target', target);
  }
  return element;
}

interface Tag {
  kind: 'open' | 'close' | 'other';
  name: string;
  attributes: [string, string][];
  selfClosing: boolean;
  /** Index just past the tag's ">". */
  end: number;
}

/** Reads the tag starting at `html[lt] === "<"`, or undefined when that "<" starts no tag. */
function readTag(html: string, lt: number): Tag | undefined {
  const next = html[lt + 1] ?? '';
  if (next === '!' || next === '?') {
    const end = html.indexOf('>', lt);
    return { kind: 'other', name: '', attributes: [], selfClosing: false, end: end === -1 ? html.length : end + 1 };
  }
  const closing = next === '/';
  const nameMatch = /^[a-zA-Z][^\s/>]*/.exec(html.slice(lt + (closing ? 2 : 1), lt + 64));
  if (!nameMatch) return undefined;
  const name = nameMatch[0].toLowerCase();
  let at = lt + (closing ? 2 : 1) + nameMatch[0].length;
  const attributes: [string, string][] = [];
  let selfClosing = false;
  const attribute = /[\s/]*(?:([^\s"'>/=][^\s"'>/=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)?/y;
  // Where an unquoted value ended: a "/" there belongs to the value (href=/ru/news/>), not the tag.
  let unquotedEnd = -1;
  while (at < html.length && html[at] !== '>') {
    attribute.lastIndex = at;
    const match = attribute.exec(html);
    if (!match || match[0] === '') {
      at += 1;
      continue;
    }
    if (match[1]) attributes.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']);
    at = attribute.lastIndex;
    if (match[4]) unquotedEnd = at;
  }
  if (html[at - 1] === '/' && at !== unquotedEnd) selfClosing = true;
  return { kind: closing ? 'close' : 'open', name, attributes, selfClosing, end: Math.min(at + 1, html.length) };
}

/** Index past the end tag of a dropped element in the lower-cased HTML, counting nested ones of the same name. */
function skipElement(lower: string, from: number, name: string, selfClosing: boolean): number {
  if (selfClosing || VOID_DROPPED.has(name)) return from;
  let depth = 1;
  let at = from;
  const rawText = RAW_TEXT.has(name);
  while (depth > 0) {
    const close = lower.indexOf(`</${name}`, at);
    if (close === -1) return lower.length;
    if (!rawText) {
      const reopen = lower.indexOf(`<${name}`, at);
      if (reopen !== -1 && reopen < close && /[\s/>]/.test(lower[reopen + name.length + 1] ?? '')) {
        depth += 1;
        at = reopen + name.length + 1;
        continue;
      }
    }
    depth -= 1;
    const end = lower.indexOf('>', close);
    at = end === -1 ? lower.length : end + 1;
  }
  return at;
}

let decoder: HTMLTextAreaElement | undefined;

/**
 * Decodes character references (&amp;, &#171;, &laquo; …) with the browser's own tables. A textarea
 * parses its content as text (RCDATA): no element is ever created, and it lives in an inert
 * document where nothing loads or runs.
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  try {
    decoder ??= document.implementation.createHTMLDocument('').createElement('textarea');
    decoder.innerHTML = text;
    return decoder.value;
  } catch {
    // A page that enforces Trusted Types refuses innerHTML: decode the common references by hand.
    return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  deg: '°',
  middot: '·',
  times: '×',
  thinsp: '\u2009',
  shy: '\u00ad',
  euro: '€',
  numero: '№',
};
