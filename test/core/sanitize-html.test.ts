import { expect } from '@open-wc/testing';
import { htmlToParagraphs, sanitizeHtml } from '../../src/core/sanitize-html.js';

const base = 'https://example.org/feeds/news.json';
const clean = (input: string) => {
  const div = document.createElement('div');
  div.append(sanitizeHtml(input, base));
  return div.innerHTML;
};

describe('sanitizeHtml', () => {
  it('keeps article markup', () => {
    expect(
      clean('<p>One <em>two</em> <strong>three</strong></p><h2>Sub</h2><ul><li>a</li></ul><blockquote>q</blockquote>'),
    ).to.equal(
      '<p>One <em>two</em> <strong>three</strong></p><h2>Sub</h2><ul><li>a</li></ul><blockquote>q</blockquote>',
    );
  });

  it('keeps safe links and images, resolved against the feed and opened safely', () => {
    expect(clean('<a href="/news/1" title="t">x</a>')).to.equal(
      '<a href="https://example.org/news/1" title="t" rel="noopener noreferrer" target="_blank">x</a>',
    );
    expect(clean('<img src="images/a.jpg" alt="A" width="640">')).to.equal(
      '<img src="https://example.org/feeds/images/a.jpg" alt="A" width="640" loading="lazy" decoding="async">',
    );
  });

  it('decodes character references in text and attributes', () => {
    expect(clean('<p>&laquo;Цитата&raquo; &amp; &#8212; &#x2014; &lt;b&gt;</p>')).to.equal(
      '<p>«Цитата» &amp; — — &lt;b&gt;</p>',
    );
    expect(clean('<a href="https://example.org/?a=1&amp;b=2">x</a>')).to.contain(
      'href="https://example.org/?a=1&amp;b=2"',
    );
  });

  it('finds the end of a dropped element after text whose lower case is longer (İ)', () => {
    expect(clean('<p>İİİ<script>x</script>after</p>')).to.equal('<p>İİİafter</p>');
  });

  it('turns h1 into h2 and strike into s', () => {
    expect(clean('<h1>T</h1><strike>x</strike>')).to.equal('<h2>T</h2><s>x</s>');
  });

  it('unwraps unknown elements, keeping their text', () => {
    expect(clean('<p><font color="red">red</font> <table><tr><td>cell</td></tr></table></p>')).to.equal(
      '<p>red cell</p>',
    );
  });

  const hostile: [string, string][] = [
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok', 'ok'],
    ['<p onclick="alert(1)" style="color:red" class="x" id="y">ok</p>', '<p>ok</p>'],
    ['<img src=x onerror=alert(1)>', '<img src="https://example.org/feeds/x" alt="" loading="lazy" decoding="async">'],
    ['<img src="javascript:alert(1)" alt="a">', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a rel="noopener noreferrer" target="_blank">x</a>'],
    ['<svg onload=alert(1)><circle/></svg>after', 'after'],
    ['<svg><svg><script>alert(1)</script></svg></svg>after', 'after'],
    ['<math><mtext><script>alert(1)</script></mtext></math>after', 'after'],
    ['<iframe src="https://evil.example"></iframe>after', 'after'],
    ['<object data="x"></object><embed src="x">after', 'after'],
    ['<style>body{display:none}</style>after', 'after'],
    ['<form action="https://evil.example"><input name="a"><button>Go</button></form>after', 'after'],
    ['<template><img src=x onerror=alert(1)></template>after', 'after'],
    ['<noscript><img src=x onerror=alert(1)></noscript>after', 'after'],
    ['<!-- <img src=x onerror=alert(1)> -->after', 'after'],
    ['<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
    ['<p title="a>b" onmouseover=alert(1)>x</p>', '<p title="a&gt;b">x</p>'],
    [
      '<img src="https://example.org/a.png" srcset="javascript:alert(1)" style="x:y">',
      '<img src="https://example.org/a.png" alt="" loading="lazy" decoding="async">',
    ],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">ok', 'ok'],
    [
      '<a href="https://example.org/" target="_top" rel="opener">x</a>',
      '<a href="https://example.org/" rel="noopener noreferrer" target="_blank">x</a>',
    ],
    ['<p>unterminated <b>bold', '<p>unterminated <b>bold</b></p>'],
    [
      '<img src="https://example.org/a.png" width="99999999" height="1e3">',
      '<img src="https://example.org/a.png" alt="" loading="lazy" decoding="async">',
    ],
  ];
  for (const [input, output] of hostile) {
    it(`neutralizes ${input}`, () => {
      expect(clean(input)).to.equal(output);
    });
  }

  it('leaves no handler, style, or active element in any output', () => {
    const host = document.createElement('div');
    for (const [input] of hostile) host.append(sanitizeHtml(input, base));
    const elements = [...host.querySelectorAll('*')];
    const attributes = elements.flatMap((el) => [...el.attributes].map((attr) => attr.name));
    expect(attributes.filter((name) => name.startsWith('on') || name === 'style' || name === 'srcset')).to.deep.equal(
      [],
    );
    expect(
      host.querySelector('script, style, iframe, object, embed, svg, math, form, input, button, template, meta, base'),
    ).to.equal(null);
    for (const el of host.querySelectorAll('[href], [src]')) {
      expect(el.getAttribute('href') ?? el.getAttribute('src')).to.match(/^https:\/\//);
    }
  });

  it('gives the text of each paragraph', () => {
    expect(htmlToParagraphs('<p>First  <b>para</b></p>\n<p>Second</p>')).to.deep.equal(['First para', 'Second']);
    expect(htmlToParagraphs('Just text')).to.deep.equal(['Just text']);
  });
});
