// The build's html`…` minifier: indentation inside Lit templates goes, everything else stays.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rolldown/parseAst';
import { minifyHtml } from '../../scripts/minify-html-templates.mjs';

const minify = (code) => minifyHtml(code, parseAst);

describe('minifyHtml', () => {
  it('drops indentation inside html templates, keeping one newline (HTML renders it as before)', () => {
    const code = 'const a = html`<ul>\n      <li>${x}</li>\n    </ul>`;';
    assert.equal(minify(code), 'const a = html`<ul>\n<li>${x}</li>\n</ul>`;');
  });

  it('minifies templates nested in expressions', () => {
    const code = 'html`<p>${ok ? html`<b>\n    yes</b>` : nothing}\n  </p>`;';
    assert.equal(minify(code), 'html`<p>${ok ? html`<b>\nyes</b>` : nothing}\n</p>`;');
  });

  it('minifies lit/static-html.js templates imported as staticHtml', () => {
    const code = 'staticHtml`<${tag}>\n      ${x}\n    </${tag}>`;';
    assert.equal(minify(code), 'staticHtml`<${tag}>\n${x}\n</${tag}>`;');
  });

  it('leaves other templates, strings and regexes alone', () => {
    const code = [
      'const message = `Line one\n    indented on purpose`;',
      "const quote = /['`]\\n  x/;",
      'const other = css`a {\n  color: red }`;',
      "const text = 'html`\\n   not a template`';",
    ].join('\n');
    assert.equal(minify(code), code);
  });
});
