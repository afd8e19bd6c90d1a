// The demo endpoint, over real HTTP on loopback.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createSubscribeHandler } from '../../demo/subscribe-api.mjs';

async function start({ file: given, ...options } = {}) {
  const dir = given ? undefined : mkdtempSync(join(tmpdir(), 'nw-subscribe-'));
  const file = given ?? join(dir, 'subscribers.jsonl');
  const handler = createSubscribeHandler({ file, burst: 100, ...options });
  const server = createServer((req, res) => handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/api/subscribe`;
  return { dir, file, url, close: () => new Promise((resolve) => server.close(resolve)) };
}

const postJson = (url, body) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('POST /api/subscribe', () => {
  let api;
  before(async () => {
    api = await start();
  });
  after(() => api.close());

  it('accepts a new address as pending and stores it on disk', async () => {
    const response = await postJson(api.url, {
      email: ' Reader@Example.org ',
      list: 'daily',
      consent: true,
      locale: 'ru',
      source: 'https://partner.example/',
    });
    assert.equal(response.status, 202);
    assert.deepEqual(await response.json(), { status: 'pending' });
    const lines = readFileSync(api.file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, 1);
    assert.deepEqual(
      { email: lines[0].email, list: lines[0].list, consent: lines[0].consent, locale: lines[0].locale },
      { email: 'Reader@Example.org', list: 'daily', consent: true, locale: 'ru' },
    );
  });

  it('answers 409 for a known address, whatever its case', async () => {
    const response = await postJson(api.url, { email: 'reader@example.ORG' });
    assert.equal(response.status, 409);
  });

  it('answers 422 with a localized field error for a bad address', async () => {
    const ru = await postJson(api.url, { email: 'not-an-address', locale: 'ru-RU' });
    assert.equal(ru.status, 422);
    assert.deepEqual(await ru.json(), { errors: { email: 'Введите правильный адрес почты.' } });
    const en = await postJson(api.url, { email: `${'a'.repeat(250)}@example.org` });
    assert.equal(en.status, 422);
    assert.equal((await en.json()).errors.email, 'Enter a valid email address.');
  });

  it('accepts form encoding (no CORS preflight needed)', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: 'form@example.org', consent: 'true', locale: 'en' }),
    });
    assert.equal(response.status, 202);
  });

  it('refuses other encodings, bad JSON and huge bodies', async () => {
    const text = await fetch(api.url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    assert.equal(text.status, 415);
    const broken = await fetch(api.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    assert.equal(broken.status, 400);
    const huge = await postJson(api.url, { email: 'a@b.co', padding: 'x'.repeat(20_000) });
    assert.equal(huge.status, 413);
    const get = await fetch(api.url);
    assert.equal(get.status, 405);
  });

  it('answers a CORS preflight and allows any origin', async () => {
    const response = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { Origin: 'http://partner.example:3000', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://partner.example:3000');
    assert.match(response.headers.get('access-control-allow-headers'), /Content-Type/);
    assert.match(response.headers.get('access-control-expose-headers'), /Retry-After/);
  });

  it('leaves no temporary file behind, only whole lines', () => {
    assert.deepEqual(readdirSync(api.dir), ['subscribers.jsonl']);
    const text = readFileSync(api.file, 'utf8');
    assert.ok(text.endsWith('\n'));
    for (const line of text.trim().split('\n')) JSON.parse(line);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After after a burst from one client, and lets it in again later', async () => {
    let time = 1_000_000;
    const api = await start({ burst: 3, windowMs: 60_000, now: () => time });
    try {
      for (let i = 0; i < 3; i++)
        assert.equal((await postJson(api.url, { email: `burst${i}@example.org` })).status, 202);
      const limited = await postJson(api.url, { email: 'burst3@example.org' });
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '60');
      time += 60_000;
      assert.equal((await postJson(api.url, { email: 'burst3@example.org' })).status, 202);
    } finally {
      await api.close();
    }
  });
});

describe('storage', () => {
  it('keeps addresses across restarts and skips a damaged line', async () => {
    const first = await start();
    await postJson(first.url, { email: 'kept@example.org' });
    await first.close();
    writeFileSync(first.file, `${readFileSync(first.file, 'utf8')}{"email": "half`);
    // A new handler on the same file, as after a restart: the address is still known.
    const second = await start({ file: first.file });
    try {
      assert.equal((await postJson(second.url, { email: 'kept@example.org' })).status, 409);
      assert.equal((await postJson(second.url, { email: 'new@example.org' })).status, 202);
    } finally {
      await second.close();
    }
  });
});
