import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import { fixture, stats, uniqueKey } from '../support/server.js';
import '../support/test-feed.js';
import type { TestFeedElement } from '../support/test-feed.js';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement | null;

afterEach(() => clearFeedCache());

describe('feed core: states and theme', () => {
  it('shows a skeleton of the declared height and the fallback while loading', async () => {
    const key = uniqueKey('skeleton');
    const el = await mount<TestFeedElement>(
      html`<test-feed src="/api/hang/${key}"><a href="https://example.org/">News</a></test-feed>`,
    );
    expect(el.getAttribute('status')).to.equal('loading');
    const skeleton = part(el, 'loading') as HTMLElement;
    // test-feed declares 7em at the default 16px.
    expect(skeleton.getBoundingClientRect().height).to.equal(112);
    expect(skeleton.textContent?.trim()).to.equal('Loading…');
    expect(part(el, 'fallback')?.querySelector('slot')?.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shimmers with transforms only (composited), and not at all under reduced motion', async () => {
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/hang/${uniqueKey('shimmer')}"></test-feed>`);
    const animated = () =>
      (el.shadowRoot as ShadowRoot)
        .getAnimations()
        .flatMap((animation) => (animation.effect as KeyframeEffect).getKeyframes())
        .flatMap((frame) =>
          Object.keys(frame).filter((key) => !['offset', 'easing', 'composite', 'computedOffset'].includes(key)),
        );
    expect(animated().length).to.be.above(0);
    expect([...new Set(animated())]).to.deep.equal(['transform']);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(animated()).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('hides the fallback once ready', async () => {
    const el = await mount<TestFeedElement>(
      html`<test-feed src=${fixture('probe.json')}><a href="https://example.org/">News</a></test-feed>`,
    );
    if (el.status !== 'ready') await oneEvent(el, 'widget-load');
    await el.updateComplete;
    expect(part(el, 'fallback')).to.equal(null);
    expect(part(el, 'loading')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error and empty states', async () => {
    const failing = await mount<TestFeedElement>(html`<test-feed .data=${'bad'}></test-feed>`);
    await failing.updateComplete;
    expect(failing.status).to.equal('error');
    await expect(failing).to.be.accessible();
    const empty = await mount<TestFeedElement>(html`<test-feed></test-feed>`);
    expect(empty.status).to.equal('empty');
    await expect(empty).to.be.accessible();
  });

  it('follows theme="dark" and the host’s --nw- tokens', async () => {
    const el = await mount<TestFeedElement>(
      html`<test-feed theme="dark" style="--nw-accent: rgb(1, 2, 3)" .data=${{
        title: 'T',
        items: [{ id: 'a', text: 'Link', link: 'https://example.org/' }],
      }}></test-feed>`,
    );
    const root = part(el, 'base') as HTMLElement;
    expect(getComputedStyle(root).colorScheme).to.equal('dark');
    expect(getComputedStyle(el.shadowRoot?.querySelector('a') as Element).color).to.equal('rgb(1, 2, 3)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(root).colorScheme).to.equal('light');
  });

  it('follows the viewer’s colour scheme when no theme is set', async () => {
    const el = await mount<TestFeedElement>(html`<test-feed .data=${{ title: 'T', items: [] }}></test-feed>`);
    const colour = () => getComputedStyle(part(el, 'base') as HTMLElement).backgroundColor;
    try {
      await emulateMedia({ colorScheme: 'light' });
      const light = colour();
      await emulateMedia({ colorScheme: 'dark' });
      expect(colour()).not.to.equal(light);
      el.theme = 'light';
      await el.updateComplete;
      expect(colour()).to.equal(light);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('keeps its own font and line height against a hostile page stylesheet', async () => {
    const style = document.createElement('style');
    style.textContent =
      '* { line-height: 3 !important; font-family: serif !important; letter-spacing: 5px !important }';
    document.head.append(style);
    try {
      const el = await mount<TestFeedElement>(html`<test-feed .data=${{ title: 'T', items: [] }}></test-feed>`);
      const text = part(el, 'empty') as HTMLElement;
      expect(getComputedStyle(text).lineHeight).to.equal('24px');
      expect(getComputedStyle(text).letterSpacing).to.equal('normal');
      expect(getComputedStyle(text).fontFamily).not.to.equal('serif');
    } finally {
      style.remove();
    }
  });

  it('watches a lazy element again when it is moved into view', async () => {
    const key = uniqueKey('lazy-moved');
    const host = await mount<HTMLDivElement>(html`<div><div style="height: 300vh"></div></div>`);
    const el = document.createElement('test-feed');
    el.setAttribute('loading', 'lazy');
    el.src = `/api/counted/${key}`;
    host.append(el);
    await el.updateComplete;
    const loaded = oneEvent(el, 'widget-load');
    host.prepend(el);
    await loaded;
    expect((await stats(key)).hits).to.equal(1);
  });
});
