// The loader requests the feed of each element it finds as it loads the element's code, unless the
// element has a feed of its own: a `data` property that is not null is one, a null one is not set.
import { expect } from '@open-wc/testing';
import '../../src/loader.js';
import { reached, stats, uniqueKey } from '../support/server.js';

/** A news card the loader finds undefined, with `data` set as a framework sets it before definition. */
function card(key: string, data: unknown): HTMLElement {
  const el = document.createElement('news-card');
  // Set before definition, as a framework does: an own property of the plain element.
  Object.assign(el, { data });
  el.setAttribute('src', `/api/counted/${key}`);
  return el;
}

describe('loader prefetch', () => {
  it('does not request the feed of an element given its data, and does request one without', async () => {
    const [given, plain] = [uniqueKey('loader-data'), uniqueKey('loader-plain')];
    const els = [card(given, { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] })];
    const control = document.createElement('news-card');
    control.setAttribute('src', `/api/counted/${plain}`);
    els.push(control);
    document.body.append(...els);
    try {
      // Found in one batch, in order: a request for the first would have gone out before the second's.
      expect((await reached(plain)).hits).to.equal(1);
      expect((await stats(given)).hits).to.equal(0);
    } finally {
      for (const el of els) el.remove();
    }
  });

  it('requests the feed of an element whose data property is null (not set), ahead of its code', async () => {
    const key = uniqueKey('loader-null-data');
    const el = card(key, null);
    document.body.append(el);
    try {
      expect((await reached(key)).hits).to.equal(1);
    } finally {
      el.remove();
    }
  });
});
