/**
 * The loader fetches a feed while the element's code is still on its way; the element's first
 * request for that URL takes the response over instead of asking again. The two meet through one
 * event on the document, so neither imports the other and nothing global is added to the page.
 */
const CLAIM = 'news-widgets:claim-prefetch';

/** A request already under way, and how to stop it. */
export interface Prefetch {
  response: Promise<Response>;
  abort(): void;
}

interface Claim {
  url: string;
  prefetch?: Prefetch;
}

/** For the element: the loader's request for `url`, if it made one no element has taken yet. */
export function claimPrefetch(url: string): Prefetch | undefined {
  const claim: Claim = { url };
  document.dispatchEvent(new CustomEvent(CLAIM, { detail: claim }));
  return claim.prefetch;
}

/** For the loader: hands each claimed request over once; returns the requests not yet claimed. */
export function offerPrefetches(): Map<string, Prefetch> {
  const offers = new Map<string, Prefetch>();
  document.addEventListener(CLAIM, (event) => {
    const claim = (event as CustomEvent<Claim>).detail;
    const prefetch = offers.get(claim.url);
    // Another loader on the page may hold it (the script included twice).
    if (!prefetch) return;
    claim.prefetch = prefetch;
    offers.delete(claim.url);
  });
  return offers;
}
