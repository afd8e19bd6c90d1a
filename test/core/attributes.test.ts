import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { numberIn, oneOf, TARGET, TIMEOUT, text } from '../../src/core/attributes.js';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import { reached, stats, uniqueKey } from '../support/server.js';
import '../support/test-feed.js';
import type { TestFeedElement } from '../support/test-feed.js';
import '../../src/index.js';

afterEach(() => clearFeedCache());

describe('attribute normalizers', () => {
  it('read numbers as written by hand: junk is the default, out of range is clamped', () => {
    const limit = numberIn(0, 100, 10, true);
    expect(['5', ' 7 ', 8, '2.6'].map(limit.fromAttribute)).to.deep.equal([5, 7, 8, 3]);
    expect(['10s', 'many', '', null, undefined, Number.NaN, {}, 'Infinity'].map(limit.fromAttribute)).to.deep.equal(
      Array(8).fill(10),
    );
    expect(['-3', '1e9'].map(limit.fromAttribute)).to.deep.equal([0, 100]);
    expect(TIMEOUT.fromAttribute('10s')).to.equal(10);
    expect(['0', '-1', '7200', '2.5'].map(TIMEOUT.fromAttribute)).to.deep.equal([10, 10, 3600, 2.5]);
  });

  it('read enums and text; removal (null) is the default', () => {
    const sort = oneOf(['alpha', 'weight'], 'alpha');
    expect([' Weight ', 'weight', 'size', null].map(sort.fromAttribute)).to.deep.equal([
      'weight',
      'weight',
      'alpha',
      'alpha',
    ]);
    expect([null, '', '  ', '_self', undefined].map(TARGET.fromAttribute)).to.deep.equal([
      '_blank',
      '_blank',
      '_blank',
      '_self',
      '_blank',
    ]);
    expect(text(undefined).fromAttribute(1)).to.equal('1');
    expect(text(undefined, /^\d+$/).fromAttribute('x1')).to.equal(undefined);
  });
});

describe('junk attributes on a stranger’s page', () => {
  for (const [name, attributes] of [
    ['timeout="10s"', 'timeout="10s"'],
    ['refresh="abc"', 'refresh="abc"'],
    ['both, lazy', 'timeout="soon" refresh="abc" loading="LAZY"'],
  ]) {
    it(`${name}: one request, one widget-load, and none again on later updates`, async () => {
      const key = uniqueKey('junk');
      const host = await mount<HTMLDivElement>(html`<div></div>`);
      const loads: Event[] = [];
      host.addEventListener('widget-load', (event) => loads.push(event));
      const loaded = oneEvent(host, 'widget-load');
      host.innerHTML = `<test-feed ${attributes} src="/api/counted/${key}"></test-feed>`;
      const el = host.firstElementChild as TestFeedElement;
      await loaded;
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      el.setAttribute('timeout', 'still junk');
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(loads).to.have.length(1);
      expect((await stats(key)).hits).to.equal(1);
      expect(el.timeout).to.equal(10);
      expect(el.refresh).to.equal(0);
    });
  }

  it('a removed target is _blank again, in links of every kind', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [
        {
          id: '1',
          title: 'Title',
          url: 'https://example.org/a',
          content_html: '<p><a href="https://example.org/b">b</a></p>',
        },
      ],
    };
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(host, 'widget-load');
    const el = document.createElement('news-card');
    el.setAttribute('variant', 'full');
    el.setAttribute('target', '_self');
    (el as unknown as { data: unknown }).data = feed;
    host.append(el);
    await loaded;
    el.removeAttribute('target');
    await (el as unknown as TestFeedElement).updateComplete;
    await new Promise(requestAnimationFrame);
    const targets = [...(el.shadowRoot as ShadowRoot).querySelectorAll('a')].map((a) => a.getAttribute('target'));
    expect(targets).to.have.length(2);
    expect(targets).to.deep.equal(['_blank', '_blank']);
  });

  it('a property set from script goes through the same normalizer', async () => {
    const key = uniqueKey('prop');
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const loaded = oneEvent(host, 'widget-load');
    const el = document.createElement('test-feed') as TestFeedElement;
    Object.assign(el, { timeout: Number.NaN, refresh: 'abc', target: null, loading: 'sometimes' });
    el.src = `/api/counted/${key}`;
    host.append(el);
    await loaded;
    await reached(key, 1);
    expect([el.timeout, el.refresh, el.target, el.loading]).to.deep.equal([10, 0, '_blank', 'eager']);
  });

  it('every element renders its defaults for junk typed by hand', async () => {
    const news = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: Array.from({ length: 12 }, (_, i) => ({ id: `n${i}`, title: `Item ${i}`, summary: 'S' })),
    };
    const schedule = {
      channel: { id: 'c', name: 'C', timezone: 'UTC' },
      programmes: [
        { start: '2023-10-20T01:00:00Z', title: 'One' },
        { start: '2023-10-20T02:00:00Z', title: 'Two' },
        { start: '2023-10-20T03:00:00Z', title: 'Three' },
      ],
    };
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<news-feed limit="many" variant="Big"></news-feed>
      <tv-schedule upcoming="two" day="tomorrow" timezone="  "></tv-schedule>
      <country-tag-cloud steps="lots" sort="size"></country-tag-cloud>
      <subscribe-form enctype="xml" timeout="-1"></subscribe-form>`;
    const [feed, tv, cloud, form] = [...host.children] as (HTMLElement & {
      data: unknown;
      updateComplete: Promise<unknown>;
    })[];
    const loaded = Promise.all([
      oneEvent(feed, 'widget-load'),
      oneEvent(tv, 'widget-load'),
      oneEvent(cloud, 'widget-load'),
    ]);
    feed.data = news;
    tv.data = schedule;
    cloud.data = [
      { name: 'Китай', weight: 9 },
      { name: 'Лаос', weight: 1 },
    ];
    await loaded;
    await Promise.all([feed, tv, cloud, form].map((el) => el.updateComplete));
    const inside = (el: Element, selector: string) => (el.shadowRoot as ShadowRoot).querySelectorAll(selector).length;
    // limit: 10; variant: summary (reflected), tv: every programme, local zone; cloud: 5 sizes, alpha.
    expect([inside(feed, 'li'), feed.getAttribute('variant')]).to.deep.equal([10, 'summary']);
    expect(inside(tv, '[part~="programme"]')).to.equal(3);
    expect(
      [...(cloud.shadowRoot as ShadowRoot).querySelectorAll('[part~="tag"]')].map(
        (tag) => tag.textContent?.split(',')[0],
      ),
    ).to.deep.equal(['Китай', 'Лаос']);
    expect(cloud.shadowRoot?.querySelector('.l9')).to.exist;
    expect(
      Object.fromEntries(['enctype', 'timeout'].map((key) => [key, (form as unknown as Record<string, unknown>)[key]])),
    ).to.deep.equal({
      enctype: 'json',
      timeout: 10,
    });
  });
});
