#!/usr/bin/env node
// `news-widgets check FILE|URL [--kind news|tv|countries] [--base URL] [--json]`: reads a feed as
// the widgets would and says what they would show, what they would skip and why. Exit status:
// 0 the widgets show the feed, 1 they refuse it as a whole, 2 the command could not run.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkFeed, FEED_KINDS, guessKind } from '../dist/schemas.js';

const USAGE = `Usage: news-widgets check FILE|URL [--kind ${FEED_KINDS.join('|')}] [--base URL] [--json]

  Reads a feed exactly as the widgets do and prints what they would show, what they would
  skip and why. Exits 1 when the widgets would refuse the feed as a whole.
  --kind   the kind of feed, when it cannot be told from the document
  --base   the URL the feed is served from: relative links resolve against it
           (a URL given as the feed is its own base; without one, relative links are dropped)
  --json   print the result as JSON`;

const NAMES = { news: 'news feed', tv: 'TV schedule', countries: 'country pages' };
const WHAT = { news: ['item', 'items'], tv: ['programme', 'programmes'], countries: ['country', 'countries'] };
/** How many skipped items are listed one by one before the rest are counted. */
const LISTED = 20;

class UsageError extends Error {}

async function read(source) {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/feed+json, application/json' } });
    if (!response.ok) throw new UsageError(`${source} answered HTTP ${response.status}`);
    return { text: await response.text(), base: source };
  }
  try {
    return { text: await readFile(source, 'utf8') };
  } catch (error) {
    throw new UsageError(`cannot read ${source}: ${error.code ?? error.message}`);
  }
}

function report(source, result) {
  const lines = [`${NAMES[result.kind]} · ${source}`];
  if (result.refused) {
    lines.push(`✗ refused: ${result.refused}`, '  The widgets show their error state for this feed.');
    return lines;
  }
  const skipped = result.skipped.length;
  lines.push(`✓ shown: ${result.shown} ${WHAT[result.kind][result.shown === 1 ? 0 : 1]}, ${skipped} skipped${skipped ? ':' : ''}`);
  for (const { path, reason } of result.skipped.slice(0, LISTED)) lines.push(`  ${path || '(root)'}: ${reason}`);
  if (skipped > LISTED) lines.push(`  … and ${skipped - LISTED} more`);
  if (result.shown === 0) lines.push('  The widgets show their empty state ("nothing here yet").');
  return lines;
}

async function check(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('check takes one FILE or URL');
  if (values.kind && !FEED_KINDS.includes(values.kind)) throw new UsageError(`--kind is one of ${FEED_KINDS.join(', ')}`);
  const [source] = positionals;
  const { text, base } = await read(source);
  let document;
  let refused;
  try {
    document = JSON.parse(text);
  } catch (error) {
    refused = `Feed is not valid JSON: ${error.message}`;
  }
  const kind = values.kind ?? (refused ? undefined : guessKind(document));
  if (!kind) {
    if (refused) return print(values, { source, refused, shown: 0, skipped: [] }, [`✗ refused: ${refused}`]);
    throw new UsageError(`cannot tell what kind of feed ${source} is: pass --kind ${FEED_KINDS.join('|')}`);
  }
  const result = refused ? { kind, refused, shown: 0, skipped: [] } : checkFeed(kind, document, values.base ?? base);
  return print(values, { source, ...result }, report(source, result));
}

function print(values, result, lines) {
  const { data: _data, ...summary } = result;
  console.log(values.json ? JSON.stringify(summary, null, 2) : lines.join('\n'));
  return result.refused ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'check') process.exitCode = await check(rest);
  else if (!command || command === '--help' || command === 'help') console.log(USAGE);
  else throw new UsageError(`unknown command ${command}`);
} catch (error) {
  console.error(`news-widgets: ${error.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
