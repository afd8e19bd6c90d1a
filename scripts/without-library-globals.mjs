// A Vite plugin that keeps our libraries' globals off partner pages.
// - Lit: the version registries (`litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`,
//   read only by Lit's dev-mode warnings) are not written, and the property-metadata map
//   (`litPropertyMetadata`, shared with decorators, which we do not use) becomes a module variable.
// - zod: its config (`__zod_globalConfig`) and metadata registry (`__zod_globalRegistry`) become
//   module variables. Shared, a partner's own zod would reach into ours: a `z.config()` with its
//   locale or a `zod/compile` post-processor (which builds code, so a strict CSP reports it) would
//   apply to our schemas, and our schemas would sit in the partner's registry.
// Each pattern must match: a library update that changes them fails the build instead of quietly
// leaking again.
const EDITS = {
  'lit-html/lit-html.js': [[/\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0']],
  'lit-element/lit-element.js': [[/\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0']],
  '@lit/reactive-element/reactive-element.js': [
    [/\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/, 'void 0'],
    [/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0'],
    [/^/, 'const litPropertyMetadata=new WeakMap;'],
  ],
  'zod/v4/core/core.js': [
    [/globalThis\.__zod_globalConfig\?\.postProcessor/, 'globalConfig.postProcessor'],
    [
      /\(_a = globalThis\)\.__zod_globalConfig \?\? \(_a\.__zod_globalConfig = \{\}\);\s*export const globalConfig = globalThis\.__zod_globalConfig;/,
      'export const globalConfig = {};',
    ],
  ],
  'zod/v4/core/registries.js': [
    [
      /\(_a = globalThis\)\.__zod_globalRegistry \?\? \(_a\.__zod_globalRegistry = registry\(\)\);\s*export const globalRegistry = globalThis\.__zod_globalRegistry;/,
      'export const globalRegistry = registry();',
    ],
  ],
};

export function withoutLibraryGlobals() {
  return {
    name: 'without-library-globals',
    transform(code, id) {
      const file = Object.keys(EDITS).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!file) return null;
      let edited = code;
      for (const [pattern, replacement] of EDITS[file]) {
        if (!pattern.test(edited)) throw new Error(`without-library-globals: ${pattern} not found in ${file}`);
        edited = edited.replace(pattern, replacement);
      }
      if (/globalThis\.__zod|\.lit\w*Versions/.test(edited))
        throw new Error(`without-library-globals: ${file} still writes a global`);
      return { code: edited, map: null };
    },
  };
}
