// Failure routes for the test server: the network edge the browser tests stub, and nothing else.
// Each route takes a key so tests running side by side never share counters.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSubscribeHandler } from '../../demo/subscribe-api.mjs';

const probe = JSON.parse(readFileSync(new URL('../fixtures/probe.json', import.meta.url), 'utf8'));

/** Per key: requests seen, requests the client gave up on, and whether one carried a cookie. */
const seen = new Map();
const record = (key) => {
  if (!seen.has(key)) seen.set(key, { hits: 0, closed: 0, cookies: 0 });
  return seen.get(key);
};

// Tests that must know what the server has seen (a request arrived, a connection closed) wait
// here for it instead of polling or sleeping.
const waiters = new Set();
const reached = (entry, counter, count) =>
  entry[counter] >= count
    ? Promise.resolve()
    : new Promise((resolve) => waiters.add({ entry, counter, count, resolve }));
/** Call after changing an entry's counters. */
const counted = (entry) => {
  for (const waiter of waiters) {
    if (waiter.entry === entry && entry[waiter.counter] >= waiter.count) {
      waiters.delete(waiter);
      waiter.resolve();
    }
  }
};
// Requests to /api/gate/<key> wait until /api/open/<key>.
const gates = new WeakMap();
const gate = (entry) => {
  if (!gates.has(entry)) {
    const opened = {};
    opened.promise = new Promise((resolve) => {
      opened.resolve = resolve;
    });
    gates.set(entry, opened);
  }
  return gates.get(entry);
};

const json = (ctx, body, status = 200) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

/** A channel's schedule of `count` programmes, five minutes each from 2023-10-01 00:00 UTC. */
const longSchedule = (count) => ({
  channel: { id: 'long', name: 'Long', timezone: 'UTC' },
  programmes: Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.UTC(2023, 9, 1) + i * 300_000).toISOString(),
    title: `Programme ${i}`,
  })),
});

const routes = [
  // A schedule of N programmes (a big feed, made on the fly).
  [/^\/api\/schedule\/([\w-]+)\/(\d+)$/, (ctx, _stats, count) => json(ctx, longSchedule(Number(count)))],
  // Counts requests; the title tells which hit answered, so a refresh shows new content.
  [/^\/api\/counted\/([\w-]+)$/, (ctx, stats) => json(ctx, { ...probe, title: `hit ${stats.hits}` })],
  // Answers the first N hits, then fails with 500: a refresh that goes wrong.
  [
    /^\/api\/fails-after\/([\w-]+)\/(\d+)$/,
    (ctx, stats, answers) =>
      stats.hits <= Number(answers)
        ? json(ctx, { ...probe, title: `hit ${stats.hits}` })
        : json(ctx, { error: 'down' }, 500),
  ],
  // Fails with 503 for the first N hits, then answers.
  [
    /^\/api\/flaky\/([\w-]+)\/(\d+)$/,
    (ctx, stats, failures) => (stats.hits <= Number(failures) ? json(ctx, { error: 'busy' }, 503) : json(ctx, probe)),
  ],
  [/^\/api\/status\/([\w-]+)\/(\d{3})$/, (ctx, _stats, status) => json(ctx, { error: status }, Number(status))],
  // A field error the way the spec describes it: { errors: { email } }.
  [
    /^\/api\/field-error\/([\w-]+)\/(\d{3})$/,
    (ctx, _stats, status) =>
      json(ctx, { errors: { email: 'The server says this address is taken by a robot.' } }, Number(status)),
  ],
  // Echoes what was sent, for checking encodings: { type, body }.
  [
    /^\/api\/echo\/([\w-]+)$/,
    async (ctx, stats) => {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      stats.last = { type: ctx.get('content-type'), body };
      json(ctx, { status: 'pending' }, 202);
    },
  ],
  [
    /^\/api\/html\/([\w-]+)$/,
    (ctx) => {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not a feed</title>';
    },
  ],
  // Drops the connection: the browser sees a network error.
  [
    /^\/api\/broken\/([\w-]+)$/,
    (ctx) => {
      ctx.respond = false;
      ctx.req.socket.destroy();
    },
  ],
  // Answers the probe, or a fixture (/api/gate/<key>/news.json), once /api/open/<key> is requested.
  [
    /^\/api\/gate\/([\w-]+)(?:\/([\w-]+\.json))?$/,
    async (ctx, stats, name) => {
      await gate(stats).promise;
      json(ctx, name ? JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) : probe);
    },
  ],
  // Never answers; counts the requests the browser gives up on.
  [
    /^\/api\/hang\/([\w-]+)$/,
    (ctx, stats) =>
      new Promise((resolve) => {
        ctx.respond = false;
        ctx.req.on('close', () => {
          stats.closed += 1;
          counted(stats);
          resolve();
        });
      }),
  ],
];

/** The policy of the spec's strictest partner: no inline script or style, no eval. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

// The demo's real subscription endpoint, on a scratch file: one generous instance for most tests,
// and one per key that allows a single request, for the rate limit.
const scratch = mkdtempSync(join(tmpdir(), 'nw-test-subscribe-'));
const subscribe = createSubscribeHandler({ file: join(scratch, 'subscribers.jsonl'), burst: 10_000 });
const limited = new Map();

async function subscribeRoutes(ctx) {
  const strict = ctx.path.match(/^\/api\/subscribe-limited\/([\w-]+)$/);
  let handler = subscribe;
  if (strict) {
    if (!limited.has(strict[1])) {
      limited.set(strict[1], createSubscribeHandler({ file: join(scratch, `${strict[1]}.jsonl`), burst: 1 }));
    }
    handler = limited.get(strict[1]);
  } else if (ctx.path !== '/api/subscribe') {
    return false;
  }
  ctx.respond = false;
  await handler(ctx.req, ctx.res);
  return true;
}

export async function testRoutes(ctx, next) {
  if (await subscribeRoutes(ctx)) return;
  if (ctx.path.startsWith('/test/csp/') && ctx.path.endsWith('.html')) {
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const stats = ctx.path.match(/^\/api\/stats\/([\w-]+)$/);
  if (stats) {
    // ?hits=N or ?closed=N answers once the server has seen that many.
    for (const counter of ['hits', 'closed']) {
      if (ctx.query[counter]) await reached(record(stats[1]), counter, Number(ctx.query[counter]));
    }
    return json(ctx, record(stats[1]));
  }
  const open = ctx.path.match(/^\/api\/open\/([\w-]+)$/);
  if (open) {
    gate(record(open[1])).resolve();
    return json(ctx, { open: open[1] });
  }
  for (const [pattern, handle] of routes) {
    const match = ctx.path.match(pattern);
    if (!match) continue;
    const entry = record(match[1]);
    entry.hits += 1;
    counted(entry);
    if (ctx.get('cookie')) entry.cookies += 1;
    return handle(ctx, entry, ...match.slice(2));
  }
  return next();
}
