// The sanitizer reads article HTML as the browser's own parser does, for the markup articles use:
// for each string, the text and the block, inline and link structure of our fragment equal what
// DOMParser makes of it, after dropping what the allowlist drops. (The browser's parser is used
// here, in the test, only: never on a page, where it would report style attributes under CSP.)
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/core/sanitize-html.js';
import { random } from '../support/random.js';
import { fixture } from '../support/server.js';

const KEPT = new Set(
  'p br hr h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote q cite em strong b i u s small sub sup mark abbr code figure figcaption a img div span time'.split(
    ' ',
  ),
);
const GONE = new Set(['script', 'style', 'iframe', 'form', 'button', 'svg', 'template', 'noscript', 'object', 'input']);
const RENAME: Record<string, string> = { h1: 'h2', del: 's', ins: 'u', strike: 's' };
const VOID = new Set(['br', 'hr', 'img']);

/** Elements and text, as a string; inline elements without text are left out (browsers and we
 * may open a carried-on formatting element at a slightly different point when nothing follows). */
function shape(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += child.textContent;
      continue;
    }
    if (!(child instanceof Element)) continue;
    const name = RENAME[child.localName] ?? child.localName;
    if (GONE.has(name)) continue;
    const inner = shape(child);
    if (!KEPT.has(name)) {
      out += inner;
      continue;
    }
    if (!inner && !VOID.has(name) && !['p', 'li', 'dt', 'dd'].includes(name)) continue;
    const href = name === 'a' ? `[${child.getAttribute('href') ?? ''}]` : '';
    out += VOID.has(name) ? `<${name}>` : `<${name}${href}>${inner}</${name}>`;
  }
  return out;
}

const ours = (html: string) => shape(sanitizeHtml(html, 'https://example.org/'));
const browsers = (html: string) => {
  const body = new DOMParser().parseFromString(
    `<!doctype html><head><base href="https://example.org/"></head><body>${html}`,
    'text/html',
  ).body;
  for (const a of body.querySelectorAll('a')) if (a.hasAttribute('href')) a.setAttribute('href', a.href);
  return shape(body);
};

const WORDS = ['Китай', 'and', 'Пхеньян', '&amp;', '&laquo;мир&raquo;', 'İstanbul', '—', 'x < y', 'ёлка'];
const INLINE = ['b', 'i', 'em', 'strong', 'a'];

/**
 * Article-like markup with the slips real CMSs make: missing </p> and </li>, misnested inline
 * formatting, unquoted attributes (also ending in "/"), stray end tags, upper-case names.
 */
function article(next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const open: string[] = [];
  let out = '';
  const text = () => `${pick(WORDS)} ${pick(WORDS)} `;
  const inlineOpen = () => open.some((name) => INLINE.includes(name));
  for (let step = 0; step < 40; step++) {
    const roll = next();
    if (roll < 0.3) out += text();
    else if (roll < 0.45) {
      const name = pick(INLINE);
      // The same formatting twice at once is left out: browsers then keep at most three copies
      // carrying on (their "Noah's Ark" rule), which article markup never needs.
      if (open.includes(name)) continue;
      out +=
        name === 'a' ? pick(['<a href=/ru/news/>', '<A HREF="https://example.org/x">', "<a href='/y'>"]) : `<${name}>`;
      open.push(name);
    } else if (roll < 0.55 && inlineOpen()) {
      // Close an inline element: the last one, or one below others (misnested).
      const inline = open.filter((name) => INLINE.includes(name));
      const name = next() < 0.6 ? inline[inline.length - 1] : pick(inline);
      const at = open.lastIndexOf(name);
      if (open.slice(at + 1).some((other) => !INLINE.includes(other))) continue;
      out += `</${name}>`;
      open.splice(at, 1);
    } else if (roll < 0.75 && !inlineOpen()) {
      const block = pick(['p', 'p', 'p/', 'h2', 'blockquote', 'ul', 'ol', 'div']);
      if (block === 'ul' || block === 'ol') {
        out += `<${block}>`;
        for (let i = 0; i < 3; i++) out += `<li>${text()}${next() < 0.5 ? '</li>' : ''}`;
        out += `</${block}>`;
      } else {
        out += `<${block}>`;
        if (block !== 'p/') open.push(block);
      }
    } else if (roll < 0.9 && open.length && !inlineOpen()) {
      // Close the last block, or leave it to the next one (no end tag).
      const name = open.pop() as string;
      if (next() < 0.6 || name !== 'p') out += `</${name}>`;
    } else if (roll < 0.95) out += pick(['<br>', '<br/>', '<BR />', '<hr>']);
    else out += pick(['</b>', '</p>', '</li>', '<script>alert(1)</script>', '<span>s</span>', '<h1>T</h1>']);
  }
  return out;
}

describe('sanitizer parses as the browser does', () => {
  for (const [name, html] of [
    ['an unquoted value ending in /', '<p>См. <a href=/ru/news/>здесь</a>.</p>'],
    ['paragraphs without end tags', '<p>a<p>b<p>c'],
    ['misnested formatting', '<p><b><i>x</b>y</i> z</p>'],
    ['list items without end tags', '<ul><li>one<li>two<li>three</ul>'],
    ['definitions without end tags', '<dl><dt>term<dd>meaning<dt>other<dd>more</dl>'],
    ['a paragraph cut by a list, formatting carried on', '<p><b>bold<ul><li>item</ul>after</b>'],
    ['a heading closes the paragraph', '<p>intro<h2>Title</h2>text'],
    ['a link inside a link', '<a href="/1">one<a href="/2">two</a></a>'],
    ['a stray end tag', 'a</b>b</p>c'],
    ['/> on a paragraph does not close it', '<p/>text<p/>more'],
    ['a rule cuts a paragraph with formatting open', '<p>a<strong><hr>b</strong>c'],
    ['formatting inside a link cut by a rule', '<strong><a href="/y"><hr>x</a><hr></strong>y'],
  ]) {
    it(name, () => {
      expect(ours(html)).to.equal(browsers(html));
    });
  }

  it('the sample feeds’ articles', async () => {
    for (const file of ['news.json', 'hostile-styles.json']) {
      const feed = await (await fetch(fixture(file))).json();
      for (const item of feed.items) {
        if (typeof item.content_html === 'string')
          expect(ours(item.content_html), `${file} ${item.id}`).to.equal(browsers(item.content_html));
      }
    }
  });

  it('2000 generated articles (seeded; a failure names its seed and markup)', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const html = article(random(seed));
      const [got, wanted] = [ours(html), browsers(html)];
      let at = 0;
      while (at < got.length && got[at] === wanted[at]) at++;
      const around = (text: string) => text.slice(Math.max(0, at - 60), at + 60);
      expect(got, `seed ${seed}: ${html}\n ours: …${around(got)}…\n browser: …${around(wanted)}…`).to.equal(wanted);
    }
  });
});
