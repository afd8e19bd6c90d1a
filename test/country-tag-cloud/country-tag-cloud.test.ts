import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import '../../src/country-tag-cloud.js';
import type { CountryTagCloudElement } from '../../src/country-tag-cloud/country-tag-cloud.js';
import { renderWidget } from '../support/render.js';
import { fixture } from '../support/server.js';

const sample = fixture('countries.json');

const cloud = (template: ReturnType<typeof html>) =>
  renderWidget<CountryTagCloudElement>(template, 'country-tag-cloud');
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const tags = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="tag"]')];
/** The visible name: the tag's own text, without the spoken weight. */
const names = (el: Element) =>
  tags(el).map((tag) =>
    [...tag.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join(''),
  );
const links = (el: Element) => [...root(el).querySelectorAll<HTMLAnchorElement>('a[part~="tag"]')];
const levels = (el: Element) => tags(el).map((tag) => Number(/\bl(\d)\b/.exec(tag.className)?.[1]));

afterEach(() => clearFeedCache());

describe('<country-tag-cloud>', () => {
  it('renders the sample’s 51 links in the page’s own order, inside a labelled nav', async () => {
    const el = await cloud(
      html`<country-tag-cloud lang="ru" href-template="/country/{slug}" src=${sample}></country-tag-cloud>`,
    );
    const sampleNames = (await (await fetch(sample)).json()).countries.map((c: { name: string }) => c.name);
    expect(links(el)).to.have.length(51);
    expect(names(el)).to.deep.equal(sampleNames);
    expect(root(el).querySelector('nav')?.getAttribute('aria-label')).to.equal('Страны');
    expect(root(el).querySelector('nav > ul > li > a')).to.exist;
    expect(links(el)[0].href).to.equal(new URL('/country/abkhazia', document.baseURI).href);
  });

  it('sorts Russian names as Russians expect', async () => {
    const data = ['Оман', 'ОАЭ', 'Непал', 'Ёлкино', 'Ежово', 'Жуково', 'Египет'];
    const el = await cloud(html`<country-tag-cloud lang="ru" .data=${data}></country-tag-cloud>`);
    expect(names(el)).to.deep.equal(['Египет', 'Ежово', 'Ёлкино', 'Жуково', 'Непал', 'ОАЭ', 'Оман']);
  });

  it('sorts by weight, heaviest first, ties by name', async () => {
    const data = {
      countries: [
        { name: 'Китай', weight: 340 },
        { name: 'Бутан', weight: 2 },
        { name: 'Индия', weight: 340 },
        { name: 'Япония', weight: 120 },
      ],
    };
    const el = await cloud(html`<country-tag-cloud lang="ru" sort="weight" .data=${data}></country-tag-cloud>`);
    expect(names(el)).to.deep.equal(['Индия', 'Китай', 'Япония', 'Бутан']);
  });

  it('names a code alone in the element’s language; a given name wins', async () => {
    const data = { countries: [{ code: 'kp' }, { code: 'JP', name: 'Страна восходящего солнца' }, { code: 'CN' }] };
    const ru = await cloud(html`<country-tag-cloud lang="ru" .data=${data}></country-tag-cloud>`);
    expect(names(ru)).to.deep.equal(['Китай', 'КНДР', 'Страна восходящего солнца']);
    const en = await cloud(html`<country-tag-cloud lang="en" .data=${data}></country-tag-cloud>`);
    expect(names(en)).to.deep.equal(['China', 'North Korea', 'Страна восходящего солнца']);
  });

  it('URL-encodes names with spaces and Cyrillic in the template', async () => {
    const data = { countries: [{ name: 'Восточный Тимор', code: 'TL' }] };
    const el = await cloud(
      html`<country-tag-cloud href-template="/c/{name}?code={code}" .data=${data}></country-tag-cloud>`,
    );
    expect(links(el)[0].href).to.equal(
      new URL(
        '/c/%D0%92%D0%BE%D1%81%D1%82%D0%BE%D1%87%D0%BD%D1%8B%D0%B9%20%D0%A2%D0%B8%D0%BC%D0%BE%D1%80?code=TL',
        document.baseURI,
      ).href,
    );
  });

  it('prefers the entry’s url, and leaves a tag unlinked when the template lacks a value', async () => {
    const data = {
      countries: [
        { name: 'Китай', slug: 'china', url: 'https://example.org/asia/china' },
        { name: 'Абхазия', slug: 'abkhazia' },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud lang="ru" href-template="/country/{code}" .data=${data}></country-tag-cloud>`,
    );
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/asia/china']);
    expect(tags(el)[0].localName).to.equal('span');
  });

  it('refuses javascript: in url and in the template', async () => {
    const data = {
      countries: [
        { name: 'A', slug: 'a', url: 'javascript:alert(1)' },
        { name: 'B', slug: 'b' },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud href-template="javascript:alert('{slug}')" .data=${data}></country-tag-cloud>`,
    );
    expect(links(el)).to.have.length(0);
  });

  it('makes no link a country’s own values could turn into script', async () => {
    const data = {
      countries: [
        { name: 'A', slug: 'javascript', code: 'JS' },
        { name: 'B', slug: 'javascript:alert(1)', code: 'JA' },
      ],
    };
    // A value in the scheme's place: no link for any country, whatever its value.
    for (const template of ['{slug}:alert(1)', 'java{slug}:alert(1)', ' {slug}:alert(1)', 'http{slug}://a/']) {
      const el = await cloud(html`<country-tag-cloud href-template=${template} .data=${data}></country-tag-cloud>`);
      expect(links(el), template).to.have.length(0);
    }
    // Encoded, a value's own `:` and `/` stay in the path: the links are the page's own http(s) ones.
    for (const template of ['{slug}', '/c/{slug}', 'https://example.org/{slug}?c={code}']) {
      const el = await cloud(html`<country-tag-cloud href-template=${template} .data=${data}></country-tag-cloud>`);
      expect(links(el), template).to.have.length(2);
      for (const link of links(el)) expect(['http:', 'https:'], template).to.include(new URL(link.href).protocol);
      expect(links(el)[1].href, template).to.include('javascript%3Aalert(1)');
    }
  });

  it('says the weight in words, not by size alone', async () => {
    const data = { countries: [{ name: 'Китай', weight: 340 }, { name: 'Бутан', weight: 1 }, { name: 'Лаос' }] };
    const el = await cloud(html`<country-tag-cloud lang="ru" .data=${data}></country-tag-cloud>`);
    expect(tags(el).map((tag) => tag.textContent)).to.deep.equal([
      'Бутан, 1 материал',
      'Китай, 340 материалов',
      'Лаос',
    ]);
    const en = await cloud(html`<country-tag-cloud lang="en" .data=${data}></country-tag-cloud>`);
    expect(tags(en)[1].textContent).to.equal('Китай, 340 articles');
  });

  it('sizes by weight buckets, with one giant leaving three sizes among the rest', async () => {
    const countries = Array.from({ length: 30 }, (_, i) => ({
      name: `Страна ${String(i).padStart(2, '0')}`,
      weight: i + 1,
    }));
    countries.push({ name: 'Гигант', weight: 1_000_000 });
    const el = await cloud(
      html`<country-tag-cloud lang="ru" sort="weight" .data=${{ countries }}></country-tag-cloud>`,
    );
    const all = levels(el);
    expect(all[0]).to.equal(9);
    expect(new Set(all.slice(1)).size).to.be.at.least(3);
    const sizes = tags(el).map((tag) => Number.parseFloat(getComputedStyle(tag).fontSize));
    expect(sizes[0]).to.be.greaterThan(sizes[sizes.length - 1]);
  });

  it('fires a cancelable country-select that lets the host route itself', async () => {
    const data = { countries: [{ name: 'Китай', code: 'CN', slug: 'china', weight: 3 }] };
    const el = await cloud(
      html`<country-tag-cloud href-template="#/country/{slug}" .data=${data}></country-tag-cloud>`,
    );
    const link = links(el)[0];
    const selected = oneEvent(el, 'country-select');
    el.addEventListener('country-select', (event) => event.preventDefault(), { once: true });
    const before = location.href;
    link.click();
    const event = await selected;
    expect(event.detail).to.include({ name: 'Китай', code: 'CN', slug: 'china', weight: 3 });
    expect(event.defaultPrevented).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('gives routers the link as a path on the page’s origin, and other origins whole', async () => {
    const data = {
      countries: [
        { name: 'Китай', slug: 'china' },
        { name: 'Индия', slug: 'india', url: 'https://example.org/in?from=cloud#top' },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud href-template="/country/{slug}?from=cloud" .data=${data}></country-tag-cloud>`,
    );
    const details: { href?: string; path?: string }[] = [];
    el.addEventListener('country-select', (event) => {
      event.preventDefault();
      details.push({ href: event.detail.href, path: event.detail.path });
    });
    for (const link of links(el)) link.click();
    expect(details).to.have.deep.members([
      { href: `${location.origin}/country/china?from=cloud`, path: '/country/china?from=cloud' },
      { href: 'https://example.org/in?from=cloud#top', path: 'https://example.org/in?from=cloud#top' },
    ]);
  });

  it('tells which country was chosen in a filtered cloud, beside tags without a link', async () => {
    const data = {
      countries: [
        { name: 'Япония', slug: 'japan' },
        { name: 'Индия' },
        { name: 'Индонезия', slug: 'indonesia' },
        { name: 'Китай', slug: 'china' },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud filter="инд" href-template="/{slug}" .data=${data}></country-tag-cloud>`,
    );
    const names: string[] = [];
    el.addEventListener('country-select', (event) => {
      event.preventDefault();
      names.push(event.detail.name);
    });
    for (const link of links(el)) link.click();
    expect(names).to.deep.equal(['Индонезия']);
    el.filter = '';
    await el.updateComplete;
    for (const link of links(el)) link.click();
    expect(names).to.deep.equal(['Индонезия', 'Индонезия', 'Китай', 'Япония']);
  });

  it('navigates when the host does not cancel', async () => {
    const data = { countries: [{ name: 'Китай', slug: 'china' }] };
    const el = await cloud(
      html`<country-tag-cloud target="_self" href-template="#country-{slug}" .data=${data}></country-tag-cloud>`,
    );
    const selected = oneEvent(el, 'country-select');
    links(el)[0].click();
    await selected;
    expect(location.hash).to.equal('#country-china');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('marks the selected country by slug or code', async () => {
    const data = {
      countries: [
        { name: 'Китай', code: 'CN', slug: 'china' },
        { name: 'Индия', code: 'IN', slug: 'india' },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud lang="ru" selected="china" href-template="/{slug}" .data=${data}></country-tag-cloud>`,
    );
    expect(links(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page']);
    el.selected = 'in';
    await el.updateComplete;
    expect(links(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal(['page', null]);
  });

  it('skips and counts entries with neither name nor code', async () => {
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const el = document.createElement('country-tag-cloud');
    const loaded = oneEvent(el, 'widget-load');
    // Entries the types refuse, on purpose: the element must skip them at run time too.
    (el as { data: unknown }).data = { countries: [{ slug: 'nothing' }, { code: 'XYZ' }, '', 'Лаос', { code: 'VN' }] };
    wrapper.append(el);
    expect((await loaded).detail.skipped).to.equal(3);
    expect(tags(el)).to.have.length(2);
  });

  it('skips a name of spaces, and the filter and search still work beside it', async () => {
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const el = document.createElement('country-tag-cloud');
    el.lang = 'ru';
    el.filter = 'ки';
    el.searchable = true;
    const loaded = oneEvent(el, 'widget-load');
    el.data = ['  ', 'Китай', { name: ' \t ' }, { name: '  ', code: 'LA' }];
    wrapper.append(el);
    expect((await loaded).detail.skipped).to.equal(2);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(names(el)).to.deep.equal(['Китай']);
    const input = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'ла';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(names(el)).to.deep.equal(['Лаос']);
  });

  it('shows at most 500 entries, skipping and counting the rest', async () => {
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const el = document.createElement('country-tag-cloud');
    const loaded = oneEvent(el, 'widget-load');
    el.data = Array.from({ length: 1500 }, (_, i) => `Страна ${i}`);
    wrapper.append(el);
    expect((await loaded).detail.skipped).to.equal(1000);
    await el.updateComplete;
    expect(tags(el)).to.have.length(500);
  });

  it('narrows with filter and with the search box', async () => {
    const el = await cloud(html`<country-tag-cloud lang="ru" filter="ан" src=${sample}></country-tag-cloud>`);
    expect(names(el)).to.include('Афганистан');
    expect(names(el)).not.to.include('Китай');
    el.filter = '';
    el.searchable = true;
    await el.updateComplete;
    const input = root(el).querySelector('input[type="search"]') as HTMLInputElement;
    expect(input.closest('label')?.textContent).to.contain('Найти страну');
    input.value = 'кит';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Китай']);
    input.value = 'зз';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(root(el).querySelector('.none')?.textContent).to.equal('Таких стран нет.');
  });

  it('renders 500 entries', async () => {
    const countries = Array.from({ length: 500 }, (_, i) => ({
      name: `Тег ${i}`,
      slug: `t${i}`,
      weight: (i * 7919) % 1000,
    }));
    const el = await cloud(
      html`<country-tag-cloud href-template="/t/{slug}" .data=${{ countries }}></country-tag-cloud>`,
    );
    expect(links(el)).to.have.length(500);
  });

  it('is empty for an empty list and an error for a wrong shape', async () => {
    expect((await cloud(html`<country-tag-cloud .data=${[]}></country-tag-cloud>`)).status).to.equal('empty');
    expect((await cloud(html`<country-tag-cloud .data=${{ countries: 'x' }}></country-tag-cloud>`)).status).to.equal(
      'error',
    );
  });

  it('passes axe, weighted and searchable', async () => {
    const data = {
      countries: [
        { name: 'Китай', slug: 'china', weight: 340 },
        { name: 'Бутан', slug: 'bhutan', weight: 2 },
      ],
    };
    const el = await cloud(
      html`<country-tag-cloud lang="ru" searchable selected="china" href-template="/{slug}" .data=${data}></country-tag-cloud>`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<country-tag-cloud> right to left', () => {
  it('flows the tags from the right edge', async () => {
    const el = await cloud(html`<div dir="rtl"><country-tag-cloud lang="en" src=${sample}></country-tag-cloud></div>`);
    const [first, second] = tags(el).map((tag) => tag.getBoundingClientRect());
    const list = (root(el).querySelector('[part="list"]') as HTMLElement).getBoundingClientRect();
    expect(second.right).to.be.at.most(first.left);
    // The first tag starts at the right, inside the list's own padding.
    expect(list.right - first.right).to.be.within(0, 24);
  });
});

describe('<country-tag-cloud> links', () => {
  it('opens country links in _blank by default, or where target says, never with an opener', async () => {
    for (const [target, expected] of [
      [undefined, '_blank'],
      ['_self', '_self'],
    ] as const) {
      const el = await cloud(
        html`<country-tag-cloud target=${target ?? nothing} href-template="/country/{slug}" src=${sample}></country-tag-cloud>`,
      );
      const targets = new Set(links(el).map((link) => `${link.target} ${link.rel}`));
      expect([...targets]).to.deep.equal([`${expected} noopener noreferrer`]);
    }
  });
});
