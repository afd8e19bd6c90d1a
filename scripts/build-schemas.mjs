// Writes the JSON Schema of each feed to schemas/: the very objects the elements validate with
// (src/core/schema.ts), so producers check their feeds against exactly what the widgets accept.
import { mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const names = { NewsFeedSchema: 'news-feed', TvScheduleSchema: 'tv-schedule', CountriesSchema: 'countries' };

const { outputFiles } = await build({
  entryPoints: ['src/schemas.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const url = `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`;
const schemas = await import(url);

await mkdir('schemas', { recursive: true });
for (const [exportName, schema] of Object.entries(schemas)) {
  const document = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema };
  const file = `schemas/${names[exportName] ?? exportName}.json`;
  await writeFile(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
