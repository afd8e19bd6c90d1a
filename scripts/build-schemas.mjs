// Writes the JSON Schema of each feed to schemas/, from the zod schemas the elements validate with,
// so producers check their feeds against exactly what the widgets accept.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const names = { NewsFeedSchema: 'news-feed', TvScheduleSchema: 'tv-schedule', CountriesSchema: 'countries' };

// What zod's refinements check but JSON Schema cannot infer from them.
const extras = {
  NewsFeedSchema: (schema) => {
    schema.title = 'News feed: JSON Feed 1.1 with the _news extension';
    schema.properties.items.items.anyOf = ['title', 'summary', 'content_html', 'content_text'].map((key) => ({
      required: [key],
    }));
  },
};

const { outputFiles } = await build({
  stdin: {
    contents: `import * as z from 'zod/mini'; import * as s from './src/schemas.ts';
      export default Object.fromEntries(Object.entries(s).map(([k, v]) => [k, z.toJSONSchema(v, { io: 'input' })]));`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
const { default: schemas } = await import(url);

await mkdir('schemas', { recursive: true });
for (const [exportName, schema] of Object.entries(schemas)) {
  extras[exportName]?.(schema);
  const file = `schemas/${names[exportName] ?? exportName}.json`;
  await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
