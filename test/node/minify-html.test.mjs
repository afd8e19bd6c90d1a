// The build's html`…` minifier: indentation inside Lit templates goes, and so does a line break
// between two tags; everything else stays.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the code the minifier reads is text, its ${…} included
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAst } from 'rolldown/parseAst';
import { minifyHtml, minifyHtmlTemplates, minifyHtmlTemplatesForTests } from '../../scripts/minify-html-templates.mjs';

const minify = (code) => minifyHtml(code, parseAst);

describe('minifyHtml', () => {
  it('drops indentation inside html templates, keeping one newline (HTML renders it as before)', () => {
    const code = 'const a = html`<p>\n      ${x}\n    </p>`;';
    assert.equal(minify(code), 'const a = html`<p>\n${x}\n</p>`;');
  });

  it('drops a line break between two tags, as JSX does: a text node per break costs style and layout', () => {
    const code = 'const a = html`<ul>\n      <li>${x}</li>\n    </ul>`;';
    assert.equal(minify(code), 'const a = html`<ul><li>${x}</li></ul>`;');
  });

  it('keeps a space written on the line between two tags, and a break next to text or a binding', () => {
    const code = 'html`<b>a</b> <i>b</i>\n  text\n  <i>${x}</i>\n  ${y}`;';
    assert.equal(minify(code), 'html`<b>a</b> <i>b</i>\ntext\n<i>${x}</i>\n${y}`;');
  });

  it('with keepLines, puts the breaks it took out back after the template, so later lines keep their numbers', () => {
    const code =
      'const a = html`<ul>\n  <li>${x}</li>\n</ul>`;\nconst b = html`<p>\n  ${ok ? html`<b></b>\n  <i></i>` : nothing}</p>`;\nlater();';
    const out = minifyHtml(code, parseAst, { keepLines: true });
    assert.equal(
      out,
      'const a = html`<ul><li>${x}</li></ul>`\n\n;\nconst b = html`<p>\n${ok ? html`<b></b><i></i>`\n : nothing}</p>`;\nlater();',
    );
    assert.equal(out.split('\n').length, code.split('\n').length);
  });

  it('minifies templates nested in expressions', () => {
    const code = 'html`<p>${ok ? html`<b>\n    yes</b>\n    <i></i>` : nothing}\n  </p>`;';
    assert.equal(minify(code), 'html`<p>${ok ? html`<b>\nyes</b><i></i>` : nothing}\n</p>`;');
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

  it('touches our own src/ only, never a dependency that has a src/ folder of its own', () => {
    const body = 'const a = html`<ul>\n  <li></li>\n</ul>`;';
    const forTests = minifyHtmlTemplatesForTests(parseAst);
    assert.equal(
      forTests.transform({ path: '/src/news/news-item.ts', body })?.body,
      'const a = html`<ul><li></li></ul>`\n\n;',
    );
    assert.equal(
      forTests.transform({ path: '/node_modules/@open-wc/testing-helpers/src/helpers.js', body }),
      undefined,
    );
    const forBuild = minifyHtmlTemplates();
    const context = { parse: parseAst };
    assert.equal(forBuild.transform.call(context, body, '/project/node_modules/some-lib/src/index.js'), null);
    assert.equal(
      forBuild.transform.call(context, body, '/project/src/news/news-item.ts')?.code,
      'const a = html`<ul><li></li></ul>`;',
    );
  });
});
