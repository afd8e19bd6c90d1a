import { clock } from './clock.js';
import { FeedError } from './errors.js';
import { claimPrefetch } from './prefetch.js';

/** How many times a failed request is tried again, and the first wait (doubled each time). */
export const RETRIES = 2;
export const RETRY_DELAY_MS = 500;

/** Seconds to wait for an answer when an element's `timeout` is absent or not a positive number. */
export const DEFAULT_TIMEOUT_S = 10;

/** An element's `timeout` attribute (seconds) as milliseconds, with the default for junk. */
export const timeoutMs = (seconds: number | undefined): number =>
  (seconds !== undefined && seconds > 0 ? seconds : DEFAULT_TIMEOUT_S) * 1000;

export interface RequestOptions {
  /** Aborts the request and any wait between tries. */
  signal: AbortSignal;
  /** Per try, in milliseconds. */
  timeout: number;
}

const retryable = (error: FeedError) =>
  error.code === 'network' || (error.code === 'http' && (error.status ?? 0) >= 500);

/**
 * GETs a JSON document without cookies. Network errors and 5xx are tried again with backoff,
 * 4xx, timeouts and bad JSON are not. Rejects with a FeedError, or an AbortError when aborted.
 */
export async function fetchJson(url: string, options: RequestOptions): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await tryOnce(url, options);
    } catch (error) {
      if (!(error instanceof FeedError) || !retryable(error) || attempt >= RETRIES) throw error;
      await wait(RETRY_DELAY_MS * 2 ** attempt, options.signal);
    }
  }
}

async function tryOnce(url: string, options: RequestOptions): Promise<unknown> {
  const response = await send(url, options);
  if (!response.ok) throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new FeedError('parse', `${url} is not valid JSON`);
  }
}

export interface SendOptions extends Omit<RequestOptions, 'signal'> {
  /** Aborts the request; absent for one that always runs to its end or its timeout. */
  signal?: AbortSignal;
  /** Method, body and headers; credentials are always omitted. */
  init?: Omit<RequestInit, 'signal' | 'credentials'>;
}

/**
 * One request, without cookies, given up after `timeout` ms. Resolves with any response (the
 * caller reads its status); rejects with a `network` or `timeout` FeedError, or an AbortError.
 */
export async function send(url: string, { signal, timeout, init }: SendOptions): Promise<Response> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  const state = { timedOut: false };
  const timer = clock().setTimeout(() => {
    state.timedOut = true;
    controller.abort();
  }, timeout);
  // A plain GET may find the loader's request for the same URL under way (see prefetch.ts).
  const prefetch = init ? undefined : claimPrefetch(url);
  if (prefetch) controller.signal.addEventListener('abort', prefetch.abort);
  try {
    const response = await (prefetch?.response ??
      fetch(url, { ...init, credentials: 'omit', signal: controller.signal }));
    // Read the body under the same timer and signal: a stalled body is a timeout as well.
    const body = await response.arrayBuffer();
    const { status, statusText, headers } = response;
    return new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers });
  } catch {
    throw failure(url, { signal, timeout, timedOut: state.timedOut });
  } finally {
    clock().clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

const NULL_BODY = new Set([101, 204, 205, 304]);

function failure(url: string, { signal, timeout, timedOut }: SendOptions & { timedOut: boolean }) {
  if (signal?.aborted) return signal.reason;
  if (timedOut) return new FeedError('timeout', `No answer from ${url} within ${timeout} ms`);
  return new FeedError('network', `Could not reach ${url}`);
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = clock().setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clock().clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
