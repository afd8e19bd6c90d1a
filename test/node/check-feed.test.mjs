// The publishers' tools: checkFeed (news-widgets/schemas.js) and the `news-widgets check` command,
// on the sample feeds, on broken ones, from files and over HTTP.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkFeed, guessKind } from '../../dist/schemas.js';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'bin/news-widgets.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'nw-check-'));
const file = (name, value) => {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
/** Runs the command; resolves with its exit code and output, whatever the code. */
const run = (...args) =>
  new Promise((resolve) => {
    execFile('node', [cli, ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

const feed = (items) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Лента', items });

describe('checkFeed', () => {
  it('says what the widgets would show, and that nothing is skipped, for the sample feeds', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const [kind, name, shown] of [
      ['news', 'news.json', 1],
      ['tv', 'tv-schedule.json', 4],
      ['countries', 'countries.json', 51],
    ]) {
      const value = JSON.parse(await readFile(join(root, 'test/fixtures', name), 'utf8'));
      const result = checkFeed(kind, value, 'https://example.org/feeds/');
      assert.equal(result.refused, undefined);
      assert.equal(result.shown, shown, name);
      assert.deepEqual(result.skipped, []);
      assert.equal(guessKind(value), kind);
    }
  });

  it('lists each skipped item with its path and reason, in feed order', () => {
    const result = checkFeed(
      'news',
      feed([
        { id: 'a', title: 'Kept', url: '/a' },
        { id: 'a', title: 'Same id' },
        { title: 'No id' },
        { id: 'b' },
        { id: 'c', title: 'Bad views', _news: { views: -3 } },
      ]),
      'https://example.org/feed.json',
    );
    assert.equal(result.shown, 1);
    assert.equal(result.data.items[0].url, 'https://example.org/a');
    assert.deepEqual(result.skipped, [
      { path: 'items.1.id', reason: 'an earlier item has the id a' },
      { path: 'items.2.id', reason: 'required' },
      { path: 'items.3', reason: 'needs one of title, summary, content_html, content_text' },
      { path: 'items.4._news.views', reason: 'below 0' },
    ]);
  });

  it('refuses a feed as a whole with the message the widgets give', () => {
    const result = checkFeed('tv', { channel: { id: 'c', name: 'C' }, programmes: [] });
    assert.equal(result.refused, 'Feed does not match its schema at channel.timezone: required');
    assert.equal(result.data, undefined);
  });

  it('skips programmes at no real time and countries past the cap, and says so', () => {
    const channel = { id: 'c', name: 'C', timezone: 'Asia/Tokyo' };
    const tv = checkFeed('tv', { channel, programmes: [{ start: '2023-02-30T25:00:00Z', title: 'Never' }] });
    assert.deepEqual(tv.skipped, [{ path: 'programmes.0.start', reason: 'not a real time' }]);
    const many = Array.from({ length: 502 }, (_, i) => `Country ${i}`);
    const countries = checkFeed('countries', many);
    assert.equal(countries.shown, 500);
    assert.deepEqual(countries.skipped, [{ path: '', reason: '2 entries past the first 500' }]);
  });
});

describe('news-widgets check', () => {
  let server;
  before(async () => {
    server = await serve({ root });
  });
  after(() => server.close());

  it('prints what a good feed shows and exits 0', async () => {
    const { code, stdout } = await run('check', 'test/fixtures/tv-schedule.json');
    assert.equal(code, 0);
    assert.match(stdout, /TV schedule · test\/fixtures\/tv-schedule\.json/);
    assert.match(stdout, /✓ shown: 4 programmes, 0 skipped/);
  });

  it('lists skipped items but still exits 0: the widgets show the rest', async () => {
    const path = file(
      'skips.json',
      feed([
        { id: '1', title: 'One' },
        { id: '1', title: 'Again' },
      ]),
    );
    const { code, stdout } = await run('check', path);
    assert.equal(code, 0);
    assert.match(stdout, /✓ shown: 1 item, 1 skipped:\n {2}items\.1\.id: an earlier item has the id 1/);
  });

  it('exits 1 for a feed refused as a whole, and for one that is not JSON', async () => {
    const refused = await run(
      'check',
      file('old.json', { version: 'https://jsonfeed.org/version/2', title: 'T', items: [] }),
    );
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /✗ refused: Feed does not match its schema at version: does not match/);
    const notJson = await run('check', file('broken.json', '{"items": ['), '--kind', 'news');
    assert.equal(notJson.code, 1);
    assert.match(notJson.stdout, /✗ refused: Feed is not valid JSON/);
  });

  it('reads a URL, resolving relative links against it', async () => {
    const url = `${server.origin}/test/fixtures/countries.json`;
    const { code, stdout } = await run('check', url, '--json');
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.kind, 'countries');
    assert.equal(result.shown, 51);
    const missing = await run('check', `${server.origin}/test/fixtures/missing.json`);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /answered HTTP 404/);
  });

  it('asks for --kind when it cannot tell, and takes it', async () => {
    const path = file('odd.json', { something: 'else' });
    const unsure = await run('check', path);
    assert.equal(unsure.code, 2);
    assert.match(unsure.stderr, /pass --kind news\|tv\|countries/);
    const told = await run('check', path, '--kind', 'countries');
    assert.equal(told.code, 1);
    assert.match(told.stdout, /country pages · .*\n✗ refused: Feed does not match its schema at countries: required/);
  });

  it('exits 2 for a file that cannot be read or a wrong command', async () => {
    assert.equal((await run('check', join(scratch, 'nope.json'))).code, 2);
    assert.equal((await run('check')).code, 2);
    assert.equal((await run('frobnicate')).code, 2);
    assert.equal((await run('check', 'a.json', '--kind', 'rss')).code, 2);
  });
});
