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

export const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;
