#!/usr/bin/env node
// `news-widgets check FILE|URL [--kind news|tv|countries] [--base URL] [--json]`: reads a feed as
// the widgets would and says what they would show, what they would skip and why. Exit status:
// 0 the widgets show the feed, 1 they refuse it as a whole, 2 the command could not run.
// `news-widgets rss FILE|URL` and `news-widgets xmltv FILE|URL --channel ID`: the publisher's RSS,
// Atom or XMLTV as our feeds, on stdout (convert/). Exit 1 when the input is broken: one line on
// stderr says where, and nothing is printed on stdout.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkFeed, FEED_KINDS, guessKind } from '../dist/schemas.js';
import { convertRss } from './convert/rss.mjs';
import { ItemSpool } from './convert/spool.mjs';
import { DEFAULT_TIMEOUT_S, get } from './convert/http.mjs';
import { InputError, SourceError } from './convert/xml.mjs';
import { xmltvToSchedule } from './convert/xmltv.mjs';

const USAGE = `Usage: news-widgets check FILE|URL [--kind ${FEED_KINDS.join('|')}] [--base URL] [--json]
       news-widgets rss FILE|URL [--source NAME] [--base URL]
       news-widgets xmltv FILE|URL [--channel ID] [--timezone ZONE] [--lang LANG]
  Every command takes --timeout SECONDS (default ${DEFAULT_TIMEOUT_S}) for a URL, and --help.

  check    Reads a feed exactly as the widgets do and prints what they would show, what they
           would skip and why. Exits 1 when the widgets would refuse the feed as a whole.
    --kind   the kind of feed, when it cannot be told from the document
    --base   the URL the feed is served from: relative links resolve against it
             (a URL given as the feed is its own base; without one, relative links are dropped)
    --json   print the result as JSON
  rss      RSS 2.0, RSS 1.0 or Atom 1.0 to a JSON Feed 1.1 news feed, on stdout.
    --source the outlet's name for every item (default: the feed's title)
    --base   the URL the feed is published at: relative links resolve against it (default: the
             feed's xml:base, its URL, or its own link; with none, page links stay relative)
  xmltv    An XMLTV guide to the TV schedule feed of one channel, on stdout.
    --channel  the channel's id (needed when the guide has several: they are listed)
    --timezone the channel's IANA zone (default: its programmes' own offset)
    --lang     the language of titles and descriptions (default: the first given)
  rss and xmltv exit 1 on broken input, with one line on stderr saying where it broke; what they
  recovered (a bare "&", an HTML entity, a relative link) is said on stderr too. Given an HTML
  page, rss reads the feed it links to (<link rel="alternate">).`;

const NAMES = { news: 'news feed', tv: 'TV schedule', countries: 'country pages' };
const WHAT = { news: ['item', 'items'], tv: ['programme', 'programmes'], countries: ['country', 'countries'] };
/** How many skipped items are listed one by one before the rest are counted. */
const LISTED = 20;

class UsageError extends Error {}

/** Options every command takes. */
const COMMON = { timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/** `--timeout` in seconds: a positive number, else the default. */
function timeoutOf({ timeout }) {
  if (timeout === undefined) return DEFAULT_TIMEOUT_S;
  const seconds = Number(timeout);
  if (!(seconds > 0) || !Number.isFinite(seconds)) throw new UsageError('--timeout is a number of seconds, above 0');
  return seconds;
}

async function read(source, timeout) {
  if (/^https?:\/\//i.test(source)) {
    const { chunks } = await get(source, { timeout, accept: 'application/feed+json, application/json' });
    const parts = [];
    for await (const chunk of chunks) parts.push(chunk);
    return { text: Buffer.concat(parts).toString('utf8'), base: source };
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
    options: { ...COMMON, kind: { type: 'string' }, base: { type: 'string' }, json: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('check takes one FILE or URL');
  if (values.kind && !FEED_KINDS.includes(values.kind)) throw new UsageError(`--kind is one of ${FEED_KINDS.join(', ')}`);
  const [source] = positionals;
  const { text, base } = await read(source, timeoutOf(values));
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

/** What a converter recovered from input that was not quite right: one line on stderr. */
const warn = (line) => console.error(`news-widgets: ${line}`);

/** Prints a converted feed, once it is whole and the widgets would show it. */
function emit(kind, feed) {
  const result = checkFeed(kind, feed, undefined);
  if (result.refused) throw new InputError(`the converted feed would be refused: ${result.refused}`);
  process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
  return 0;
}

async function rss(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON, source: { type: 'string' }, base: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('rss takes one FILE or URL');
  if (values.base !== undefined && !/^https?:\/\//i.test(values.base)) throw new UsageError('--base is an http(s) URL');
  // Items go to a spool file as they are read; stdout gets the feed only once it is whole and shown.
  const spool = new ItemSpool();
  try {
    const feed = await convertRss(positionals[0], { ...values, timeout: timeoutOf(values), warn }, (item) => spool.add(item));
    const result = checkFeed('news', { ...feed, items: [] }, undefined);
    if (result.refused) throw new InputError(`the converted feed would be refused: ${result.refused}`);
    await spool.writeFeed(feed, process.stdout);
    return 0;
  } finally {
    await spool.remove();
  }
}

async function xmltv(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...COMMON, channel: { type: 'string' }, timezone: { type: 'string' }, lang: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('xmltv takes one FILE or URL');
  if (values.timezone) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: values.timezone });
    } catch {
      throw new UsageError(`--timezone ${values.timezone} is not an IANA zone`);
    }
  }
  return emit('tv', await xmltvToSchedule(positionals[0], { ...values, timeout: timeoutOf(values), warn }));
}

const COMMANDS = { check, rss, xmltv };
const [command, ...rest] = process.argv.slice(2);
try {
  if (!command) {
    // Nothing asked: how to ask, on stderr, and a usage error's status.
    console.error(USAGE);
    process.exitCode = 2;
  } else if (command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
    console.log(USAGE);
  } else if (COMMANDS[command]) process.exitCode = await COMMANDS[command](rest);
  else throw new UsageError(`unknown command ${command}`);
} catch (error) {
  // One line for every failure; the usage only for a command that was written wrong.
  const usage = error instanceof UsageError || error?.code?.startsWith?.('ERR_PARSE_ARGS');
  console.error(`news-widgets: ${error.message}${usage ? ' (news-widgets --help for usage)' : ''}`);
  process.exitCode = error instanceof InputError ? 1 : 2;
}
