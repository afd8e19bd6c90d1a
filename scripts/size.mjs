// `npm run size` (part of `npm run build`): prints what partners download and fails when a file is
// over its budget. Writes dist/sizes.json for the benchmark and the README.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, fileSizes, ownShares } from './sizes.mjs';

const kb = (n) => (n === undefined ? '' : `${(n / 1024).toFixed(1)} KB`);
const rows = fileSizes();
const shares = ownShares();
console.table(
  rows.map((row) => ({
    file: row.file + (row.files > 1 ? ` (+${row.files - 1} chunks)` : ''),
    raw: kb(row.raw),
    gzip: kb(row.gzip),
    brotli: kb(row.brotli),
    budget: kb(row.budget),
    target: kb(row.target),
    ok: row.gzip <= row.budget ? 'yes' : 'OVER',
  })),
);
console.table(
  shares.map((row) => ({
    'own code of': row.element,
    gzip: kb(row.gzip),
    brotli: kb(row.brotli),
    target: kb(row.target),
  })),
);
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify({ files: rows, own: shares }, null, 2)}\n`);
const over = rows.filter((row) => row.gzip > row.budget);
if (over.length) {
  console.error(`Over budget: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
