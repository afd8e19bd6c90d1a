import { expect } from '@open-wc/testing';
import { claimPrefetch, offerPrefetches, type Prefetch } from '../../src/core/prefetch.js';
import { fetchJson, send } from '../../src/core/request.js';
import { reached, stats, uniqueKey } from '../support/server.js';

// The loader's side of the hand-over, as loader.ts does it: one offer map for the page.
const offers = offerPrefetches();

/** Requests `path` the way the loader does, and offers it. */
function offer(path: string): Prefetch & { aborted: () => boolean } {
  const url = new URL(path, document.baseURI).href;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'omit', signal: controller.signal });
  response.catch(() => {});
  const prefetch = { response, abort: () => controller.abort(), aborted: () => controller.signal.aborted };
  offers.set(url, prefetch);
  return prefetch;
}

const options = () => ({ signal: new AbortController().signal, timeout: 20_000 });

describe('prefetch hand-over (loader to element)', () => {
  it('gives nothing for a URL nobody requested ahead', () => {
    expect(claimPrefetch(new URL(`/api/counted/${uniqueKey('none')}`, document.baseURI).href)).to.equal(undefined);
  });

  it("takes the loader's request over once: the first fetch reads its answer, the next one asks anew", async () => {
    const key = uniqueKey('claim');
    const url = new URL(`/api/counted/${key}`, document.baseURI).href;
    offer(url);
    const first = (await fetchJson(url, options())) as { title: string };
    const second = (await fetchJson(url, options())) as { title: string };
    // Without the hand-over the first fetch would have been the second request: "hit 2".
    expect([first.title, second.title]).to.deep.equal(['hit 1', 'hit 2']);
    expect((await stats(key)).hits).to.equal(2);
    expect(offers.size).to.equal(0);
  });

  it("tries again on its own when the loader's request failed (503), as for any first try", async () => {
    const key = uniqueKey('retry');
    const url = new URL(`/api/flaky/${key}/1`, document.baseURI).href;
    offer(url);
    const json = (await fetchJson(url, options())) as { title: string };
    expect(typeof json.title).to.equal('string');
    expect((await stats(key)).hits).to.equal(2);
  });

  it("aborts the loader's request when the element gives up on it", async () => {
    const key = uniqueKey('abort');
    const url = new URL(`/api/hang/${key}`, document.baseURI).href;
    const prefetch = offer(url);
    await reached(key);
    const controller = new AbortController();
    const pending = fetchJson(url, { signal: controller.signal, timeout: 20_000 }).catch((error: Error) => error.name);
    controller.abort();
    expect(await pending).to.equal('AbortError');
    expect(prefetch.aborted()).to.equal(true);
    await reached(key, 1, 'closed');
  });

  it('is never taken by a request with a method and body of its own (the form posting)', async () => {
    const key = uniqueKey('post');
    const url = new URL(`/api/echo/${key}`, document.baseURI).href;
    const prefetch = offer(url);
    const response = await send(url, { timeout: 20_000, init: { method: 'POST', body: 'x' } });
    expect(response.status).to.equal(202);
    expect(offers.get(url)).to.equal(prefetch);
    prefetch.abort();
    offers.delete(url);
  });
});
