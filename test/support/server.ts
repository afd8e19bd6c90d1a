/** A key no other test uses, so each test's server counters start at zero. */
export const uniqueKey = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}`;

export interface RouteStats {
  hits: number;
  closed: number;
  cookies: number;
}

/** What the test server saw for a key. */
export async function stats(key: string): Promise<RouteStats> {
  return (await fetch(`/api/stats/${key}`)).json();
}

/**
 * Resolves once the test server has seen `count` requests (or closed connections) for a key: the
 * server answers when they happen, so tests wait for the fact, not for a time.
 */
export async function reached(key: string, count = 1, counter: 'hits' | 'closed' = 'hits'): Promise<RouteStats> {
  return (await fetch(`/api/stats/${key}?${counter}=${count}`)).json();
}

/** Lets the requests waiting at /api/gate/<key> be answered. */
export async function openGate(key: string): Promise<void> {
  await fetch(`/api/open/${key}`);
}

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;
