import { clock } from './clock.js';
import { FeedError } from './errors.js';

/** How many times a failed request is tried again, and the first wait (doubled each time). */
export const RETRIES = 2;
export const RETRY_DELAY_MS = 500;

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

async function tryOnce(url: string, { signal, timeout }: RequestOptions): Promise<unknown> {
  signal.throwIfAborted();
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = clock().setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) {
      throw new FeedError('http', `HTTP ${response.status} for ${url}`, response.status);
    }
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new FeedError('parse', `${url} is not valid JSON`);
    }
  } catch (error) {
    if (error instanceof FeedError) throw error;
    signal.throwIfAborted();
    if (timedOut) throw new FeedError('timeout', `No answer from ${url} within ${timeout} ms`);
    throw new FeedError('network', `Could not reach ${url}`);
  } finally {
    clock().clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
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
