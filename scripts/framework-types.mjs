// After `cem analyze` has generated dist/frameworks/ from the manifest (custom-elements-manifest.config.mjs):
// - the generators import the same event type once per element that fires it, which TypeScript
//   refuses (duplicate identifier) when it checks library types: each name is imported once;
// - Svelte's `svelteHTML` namespace must be global, and the generated file is a module;
// - Vue's templates bind `@widget-load` to a prop named `onWidgetLoad`, not `onwidget-load`;
// - Svelte 5 listens with `onwidget-load={…}` (the generator writes Svelte 4's `on:widget-load`
//   only), and a Svelte project has no global JSX namespace for `children` and `style`;
// - React, Preact and Solid take the generated JSX types through a one-line module augmentation each.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../dist/frameworks/', import.meta.url).pathname;

for (const file of readdirSync(dir).filter((name) => name.endsWith('.d.ts'))) {
  const path = join(dir, file);
  let code = readFileSync(path, 'utf8').replace(/import type \{([^}]*)\}/g, (_, names) => {
    const unique = [
      ...new Set(
        names
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      ),
    ];
    return `import type { ${unique.join(', ')} }`;
  });
  if (file === 'vue.d.ts') {
    code = code.replace(
      /"on([a-z][\w-]*)"\?:/g,
      (_, event) => `on${event.replace(/(?:^|-)(\w)/g, (_m, c) => c.toUpperCase())}?:`,
    );
  }
  if (file === 'svelte.d.ts') {
    code = code
      .replace(/^(\s*)"on:([\w-]+)"\?: (.*)$/gm, '$1"on$2"?: $3\n$1"on:$2"?: $3')
      .replace('children?: JSX.Element;', 'children?: unknown;')
      .replace('style?: JSX.CSSProperties;', 'style?: string;');
  }
  code = code.replace(
    /^declare namespace svelteHTML \{([\s\S]*?)^\}/m,
    'declare global {\n  namespace svelteHTML {$1  }\n}',
  );
  writeFileSync(path, code);
}

const augment = (
  module,
  types = 'jsx',
) => `// Types for <news-card> and the other tags in ${module}'s JSX: \`import type {} from 'news-widgets/${module.replace('-js', '')}-jsx';\`
import type { CustomElements } from './${types}.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
writeFileSync(join(dir, 'react-jsx.d.ts'), augment('react'));
writeFileSync(join(dir, 'preact-jsx.d.ts'), augment('preact'));
writeFileSync(join(dir, 'solid-jsx.d.ts'), augment('solid-js', 'solid'));
