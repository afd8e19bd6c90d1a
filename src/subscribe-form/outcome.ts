import type { FeedError } from '../core/errors.js';

/** How a sign-up ended. `exists` and `pending` are successes; the rest are failures. */
export type Outcome =
  | { kind: 'success'; status: number }
  | { kind: 'pending'; status: number }
  | { kind: 'exists'; status: 409 }
  | { kind: 'invalid'; status: number; message?: string }
  | { kind: 'rate-limited'; status: 429; retryAfter: number }
  | { kind: 'server'; status: number }
  | { kind: 'network' }
  | { kind: 'timeout' };

export const isSuccess = (outcome: Outcome): boolean =>
  outcome.kind === 'success' || outcome.kind === 'pending' || outcome.kind === 'exists';

/** Seconds to wait after a 429 when the server names none (or names nonsense). */
export const DEFAULT_RETRY_AFTER = 30;

/** Reads the endpoint's answer as the spec describes it. */
export async function outcomeOf(response: Response, now: number): Promise<Outcome> {
  const { status } = response;
  const body = (await response.json().catch(() => undefined)) as
    | { status?: unknown; errors?: { email?: unknown } }
    | undefined;
  if (status >= 200 && status < 300) {
    return body?.status === 'pending' ? { kind: 'pending', status } : { kind: 'success', status };
  }
  if (status === 409) return { kind: 'exists', status };
  if (status === 400 || status === 422) {
    const message = typeof body?.errors?.email === 'string' ? body.errors.email : undefined;
    return { kind: 'invalid', status, message };
  }
  if (status === 429)
    return { kind: 'rate-limited', status, retryAfter: retryAfter(response.headers.get('Retry-After'), now) };
  return { kind: 'server', status };
}

export const outcomeOfError = (error: FeedError): Outcome =>
  error.code === 'timeout' ? { kind: 'timeout' } : { kind: 'network' };

/** Retry-After in seconds, as a number of seconds or an HTTP date (RFC 9110), at most an hour. */
export function retryAfter(header: string | null, now: number): number {
  if (!header) return DEFAULT_RETRY_AFTER;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) ? Math.min(3600, Math.max(0, Math.ceil(seconds))) : DEFAULT_RETRY_AFTER;
}
