// The command's requests: bounded in time (a host that never answers is given up after
// `--timeout`, default 30 s, also between two chunks of a body), and a failure said in one line:
// the host and the reason, not "fetch failed".
import { SourceError } from './errors.mjs';

/** Seconds a request may wait for an answer, and a body for its next chunk. */
export const DEFAULT_TIMEOUT_S = 30;

/** Why a request failed, as a person reads it. */
function reason(error, seconds) {
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return `no answer within ${seconds} s`;
  const cause = error?.cause;
  const code = cause?.code ?? cause?.errno;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  return code ?? cause?.message ?? error?.message ?? String(error);
}

/**
 * GETs `url`, rejecting with a one-line SourceError on a network failure, a timeout or an HTTP
 * error. The body, read as an async iterable, is bounded by the same timeout between chunks.
 */
export async function get(url, { timeout = DEFAULT_TIMEOUT_S, accept } = {}) {
  const controller = new AbortController();
  let timer;
  // Armed for the answer, then again for each chunk of the body.
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout * 1000);
  };
  arm();
  const host = new URL(url).host;
  let response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: accept ? { accept } : {} });
  } catch (error) {
    clearTimeout(timer);
    throw new SourceError(`${url}: ${host}: ${reason(error, timeout)}`);
  }
  if (!response.ok) {
    clearTimeout(timer);
    controller.abort();
    throw new SourceError(`${url} answered HTTP ${response.status}`);
  }
  async function* chunks() {
    try {
      for await (const chunk of response.body) {
        arm();
        yield chunk;
      }
    } catch (error) {
      throw new SourceError(`${url}: ${host}: ${reason(error, timeout)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  arm();
  return { response, chunks: chunks() };
}
