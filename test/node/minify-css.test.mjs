// The build's css`…` minifier: comments and layout whitespace go, meaning stays.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss } from '../../scripts/minify-css-templates.mjs';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons and commas', () => {
    assert.equal(
      minifyCss('/* why */\n  .a ,\n  .b {\n    color: red;\n    margin: 0 1em;\n  }\n'),
      '.a,.b{color:red;margin:0 1em}',
    );
  });

  it('keeps the descendant combinator before a pseudo-class (".card :is(…)" is not ".card:is(…)")', () => {
    assert.equal(
      minifyCss('.card:not(.full) :is(.title, .summary) { x: 1 }'),
      '.card:not(.full) :is(.title,.summary){x:1}',
    );
    assert.equal(minifyCss('.list > :last-child .card { x: 1 }'), '.list>:last-child .card{x:1}');
    assert.equal(minifyCss(':host([upcoming]) .row { x: 1 }'), ':host([upcoming]) .row{x:1}');
  });
});
