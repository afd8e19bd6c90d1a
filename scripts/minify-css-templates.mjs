// A Vite plugin that minifies the CSS inside css`…` tagged templates of our sources (those
// without interpolations, which is all of them): comments and layout whitespace go.
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      // Never before a colon: ".card :is(…)" (a descendant) is not ".card:is(…)".
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim()
  );
}

export function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
