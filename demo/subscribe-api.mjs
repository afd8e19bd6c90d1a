// The demo's newsletter endpoint: POST /api/subscribe, as a plain Node (req, res) handler so the
// demo server and the test server mount the very same code.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const MAX_BODY = 10 * 1024;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const MESSAGES = {
  en: { invalid: 'Enter a valid email address.', tooMany: 'Too many attempts.' },
  ru: { invalid: 'Введите правильный адрес почты.', tooMany: 'Слишком много попыток.' },
};

/**
 * @param {object} options
 * @param {string} options.file  JSON Lines file of subscribers; replaced atomically on each change.
 * @param {number} [options.burst]  Requests one client may make per window before 429.
 * @param {number} [options.windowMs]
 * @param {() => number} [options.now]  The clock, for the rate limit.
 */
export function createSubscribeHandler({ file, burst = 5, windowMs = 60_000, now = Date.now }) {
  const subscribers = load(file);
  const attempts = new Map();

  return async function subscribe(req, res) {
    cors(req, res);
    if (req.method === 'OPTIONS') return send(res, 204);
    if (req.method !== 'POST') return send(res, 405, { error: 'Use POST' }, { Allow: 'POST, OPTIONS' });

    const client = req.socket.remoteAddress ?? 'unknown';
    const wait = limited(attempts, client, now(), burst, windowMs);
    if (wait > 0) {
      return send(res, 429, { error: MESSAGES.en.tooMany }, { 'Retry-After': String(Math.ceil(wait / 1000)) });
    }

    let fields;
    try {
      fields = await readFields(req);
    } catch (error) {
      return send(res, error.status ?? 400, { error: error.message });
    }
    const locale = String(fields.locale ?? '')
      .toLowerCase()
      .startsWith('ru')
      ? 'ru'
      : 'en';
    const email = String(fields.email ?? '').trim();
    if (email.length > 254 || !EMAIL.test(email)) {
      return send(res, 422, { errors: { email: MESSAGES[locale].invalid } });
    }
    const key = email.toLowerCase();
    if (subscribers.has(key)) return send(res, 409, { status: 'exists' });
    subscribers.set(key, {
      email,
      list: fields.list ? String(fields.list) : undefined,
      consent: fields.consent === true || fields.consent === 'true',
      locale: String(fields.locale ?? ''),
      source: String(fields.source ?? ''),
      at: new Date(now()).toISOString(),
    });
    save(file, subscribers);
    return send(res, 202, { status: 'pending' });
  };
}

/** Any origin may post: partner pages live on other hosts and ports. */
function cors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '600');
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers });
  res.end(body ? JSON.stringify(body) : undefined);
}

/** Milliseconds until the client may try again; 0 when it may now. Counts this attempt. */
function limited(attempts, client, time, burst, windowMs) {
  const recent = (attempts.get(client) ?? []).filter((at) => time - at < windowMs);
  if (recent.length >= burst) {
    attempts.set(client, recent);
    return windowMs - (time - recent[0]);
  }
  recent.push(time);
  attempts.set(client, recent);
  return 0;
}

async function readFields(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('Body too large'), { status: 413 });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
  if (type === 'application/json') {
    try {
      const value = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch {}
    throw Object.assign(new Error('Send a JSON object'), { status: 400 });
  }
  if (type === 'application/x-www-form-urlencoded') return Object.fromEntries(new URLSearchParams(text));
  throw Object.assign(new Error('Send JSON or a form'), { status: 415 });
}

function load(file) {
  const subscribers = new Map();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return subscribers;
  }
  for (const line of text.split('\n')) {
    try {
      const entry = JSON.parse(line);
      if (entry?.email) subscribers.set(entry.email.toLowerCase(), entry);
    } catch {
      // A line that does not parse is skipped, never fatal.
    }
  }
  return subscribers;
}

/** Writes a temporary file, flushes it to disk, then renames it over the old one: all or nothing. */
function save(file, subscribers) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const lines = [...subscribers.values()].map((entry) => JSON.stringify(entry)).join('\n');
  writeFileSync(temporary, `${lines}\n`);
  const fd = openSync(temporary, 'r+');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temporary, file);
}
