// A Vite plugin that keeps Lit's own globals off partner pages: the version registries
// (`litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`, read only by Lit's dev-mode
// warnings) are not written, and the property-metadata map (`litPropertyMetadata`, shared with
// decorators, which we do not use) becomes a module variable. Each pattern must match: a Lit
// update that changes them fails the build instead of quietly leaking again.
const EDITS = {
  'lit-html/lit-html.js': [[/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0']],
  'lit-element/lit-element.js': [[/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0']],
  '@lit/reactive-element/reactive-element.js': [
    [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
    [/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0'],
    [/^/, 'const litPropertyMetadata=new WeakMap;'],
  ],
};

export function litWithoutGlobals() {
  return {
    name: 'lit-without-globals',
    transform(code, id) {
      const file = Object.keys(EDITS).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let edited = code;
      for (const [pattern, replacement] of EDITS[file]) {
        if (!pattern.test(edited)) throw new Error(`lit-without-globals: ${pattern} not found in ${file}`);
        edited = edited.replace(pattern, replacement);
      }
      return { code: edited, map: null };
    },
  };
}
