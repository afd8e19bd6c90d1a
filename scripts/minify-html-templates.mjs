// A Vite plugin that drops the indentation inside html`…` (and staticHtml`…`) templates of our sources: a newline and
// the spaces after it become a single newline, which HTML renders exactly the same (no template
// of ours uses <pre> or `white-space: pre`). A line break between two tags goes entirely, as JSX
// drops it: each one was a text node that style and layout walked, some 15% of a 1 000-item news
// feed's render. A space meant between two inline elements is written on their line.
// It runs on the JavaScript the TypeScript transform gives and finds templates with the bundler's
// own parser, so regexes and strings that contain backticks or quotes cannot confuse it.
const INDENT = /\n[ \t]+/g;
const BREAK_BETWEEN_TAGS = />\n</g;
/** Lit's `html`, and lit/static-html.js's imported as `staticHtml`. */
const TAGS = new Set(['html', 'staticHtml']);

const lines = (text) => text.split('\n').length - 1;

/**
 * `parse` turns JavaScript into an ESTree Program whose nodes carry `start` and `end`. With
 * `keepLines`, the line breaks taken out of a template are put back just after it, in code, so
 * every line after it keeps its number (the test server's source maps and coverage stay right).
 */
export function minifyHtml(code, parse, { keepLines = false } = {}) {
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
      let dropped = 0;
      for (const quasi of node.quasi.quasis) {
        const { raw } = quasi.value;
        const minified = raw.replace(INDENT, '\n').replace(BREAK_BETWEEN_TAGS, '><');
        // Only where the positions point at exactly this text; anything else is left alone.
        const start = code.indexOf(raw, quasi.start);
        if (minified !== raw && start >= 0 && start <= quasi.start + 1) {
          edits.push({ start, end: start + raw.length, text: minified });
          dropped += lines(raw) - lines(minified);
        }
      }
      if (keepLines && dropped) edits.push({ start: node.end, end: node.end, text: '\n'.repeat(dropped) });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(parse(code));
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/**
 * Our own sources with templates in them: the only code either plugin touches (a dependency may
 * have a src/ folder of its own: @open-wc's test helpers do).
 */
const ours = (path, code) => path.includes('/src/') && !path.includes('/node_modules/') && /[hH]tml`/.test(code);

/** For Vite's build. */
export function minifyHtmlTemplates() {
  return {
    name: 'minify-html-templates',
    transform(code, id) {
      if (!ours(id, code)) return null;
      return { code: minifyHtml(code, (text) => this.parse(text)), map: null };
    },
  };
}

/**
 * For the test server (@web/dev-server, after its TypeScript transform): tests render our
 * templates as the build ships them, every line where it was.
 */
export function minifyHtmlTemplatesForTests(parse) {
  return {
    name: 'minify-html-templates',
    transform(context) {
      if (typeof context.body !== 'string' || !ours(context.path, context.body)) return undefined;
      return { body: minifyHtml(context.body, parse, { keepLines: true }) };
    },
  };
}
