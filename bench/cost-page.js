// Runs in a fresh page per measurement (see run.mjs): what the library costs a partner's page.

/** Loads the classic script from a URL never seen before (no code cache); ms to parse and run it. */
async function iife() {
  const url = `/dist/news-widgets.iife.js?nocache=${Math.random()}`;
  const script = document.createElement('script');
  script.src = url;
  const start = performance.now();
  await new Promise((resolve, reject) => {
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  const total = performance.now() - start;
  const [entry] = performance.getEntriesByName(new URL(url, location.href).href);
  return { total, fetch: entry.responseEnd - entry.startTime, evaluate: total - (entry.responseEnd - entry.startTime) };
}

const settled = (el) =>
  el.getAttribute('status') === 'ready'
    ? Promise.resolve()
    : new Promise((resolve) => el.addEventListener('widget-load', resolve, { once: true }));

/** ms from inserting a <news-card> with a local feed to its content laid out. */
async function insertToLayout() {
  await import('/dist/news-widgets.js');
  const el = document.createElement('news-card');
  el.setAttribute('src', `/demo/feeds/news.json?run=${Math.random()}`);
  const start = performance.now();
  document.body.append(el);
  await settled(el);
  el.getBoundingClientRect();
  return performance.now() - start;
}

/** The CDN's file of every class (what loader.js loads), found through the loader's file map. */
async function classes() {
  const loader = await (await fetch('/dist/loader.js')).text();
  return import(`/dist/${/"\*":"\.\/([^"]+)"/.exec(loader)[1]}`);
}

const UPGRADE_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'T',
  items: [{ id: '1', title: 'Сергей Лавров встретился с Ким Чен Ыном', date_published: '2023-10-19T12:00:00+03:00', _news: { views: 3259 } }],
});

/** 50 cards of `tag` with an inline feed, in the page, not yet defined. */
function undefinedCards(tag) {
  const host = document.createElement('div');
  for (let i = 0; i < 50; i++) {
    const card = document.createElement(tag);
    card.setAttribute('variant', 'headline');
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = UPGRADE_FEED;
    card.append(inline);
    host.append(card);
  }
  document.body.append(host);
  host.getBoundingClientRect();
  return host;
}

/** ms to upgrade and render 50 small elements already in the page (their code loaded, not defined). */
async function coldUpgrade() {
  const { NewsCardElement } = await classes();
  const host = undefinedCards('news-card');
  const start = performance.now();
  customElements.define('news-card', NewsCardElement);
  await Promise.all([...host.children].map(settled));
  host.getBoundingClientRect();
  return performance.now() - start;
}

/**
 * The floor for coldUpgrade: a plain custom element that does by hand what a headline card does
 * (read its inline feed, build and adopt the card's stylesheets, clone the same markup, format
 * date and views).
 */
async function coldUpgradeFloor() {
  const { NewsCardElement } = await classes();
  // The CSS text is the element's; the sheets are built by the first card, as ours are. (Its
  // elementStyles are filled in only once it is defined: the floor read an empty list until
  // 2026-12-01, and measured unstyled cards.)
  const css = [NewsCardElement.styles].flat(Infinity).map((style) => style.cssText);
  if (css.length < 2) throw new Error('the floor needs the card’s stylesheets');
  let sheets;
  const template = document.createElement('template');
  template.innerHTML =
    '<div class="root" part="base"><article part="item" class="card headline"><h3 part="title" class="title"></h3><p part="meta" class="meta"><time></time><span class="views"><span aria-hidden="true"><svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z" /><circle cx="12" cy="12" r="3" /></svg><span class="count"></span></span><span class="visually-hidden"></span></span></p></article></div>';
  const forms = { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' };
  // Made by the first card, as ours are: the browser's first Intl object loads its locale data.
  let date;
  let rules;
  class FloorCard extends HTMLElement {
    connectedCallback() {
      sheets ??= css.map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      });
      date ??= new Intl.DateTimeFormat('ru', { year: 'numeric', month: '2-digit', day: '2-digit' });
      rules ??= new Intl.PluralRules('ru');
      const item = JSON.parse(this.querySelector('script').textContent).items[0];
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      const card = template.content.cloneNode(true);
      card.querySelector('.title').textContent = item.title;
      const when = new Date(item.date_published);
      const time = card.querySelector('time');
      time.dateTime = when.toISOString();
      time.textContent = date.format(when);
      card.querySelector('.count').textContent = String(item._news.views);
      card.querySelector('.visually-hidden').textContent = `${item._news.views} ${forms[rules.select(item._news.views)]}`;
      root.append(card);
    }
  }
  const host = undefinedCards('floor-card');
  const start = performance.now();
  customElements.define('floor-card', FloorCard);
  host.getBoundingClientRect();
  return performance.now() - start;
}

/**
 * What Lit itself needs for the same 50 upgrades: a plain LitElement that reads its inline feed
 * (no validation), renders the card's markup in one template with the card's stylesheets, and
 * formats date and views with the same Intl objects. Between the vanilla floor and ours, it
 * tells what Lit costs and what our own code does.
 */
async function coldUpgradeLit() {
  const { NewsCardElement } = await classes();
  const { LitElement, html, unsafeCSS } = await import('lit');
  const styles = [NewsCardElement.styles].flat(Infinity).map((style) => unsafeCSS(style.cssText));
  const forms = { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' };
  let date;
  let rules;
  class LitCard extends LitElement {
    static styles = styles;
    render() {
      date ??= new Intl.DateTimeFormat('ru', { year: 'numeric', month: '2-digit', day: '2-digit' });
      rules ??= new Intl.PluralRules('ru');
      this.item ??= JSON.parse(this.querySelector('script').textContent).items[0];
      const { title, date_published: published, _news: news } = this.item;
      const when = new Date(published);
      return html`<div class="root" part="base"><article part="item" class="card headline"><h3 part="title" class="title">${title}</h3><p part="meta" class="meta"><time datetime=${when.toISOString()}>${date.format(when)}</time><span class="views"><span aria-hidden="true"><svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z" /><circle cx="12" cy="12" r="3" /></svg><span class="count">${news.views}</span></span><span class="visually-hidden">${news.views} ${forms[rules.select(news.views)]}</span></span></p></article></div>`;
    }
  }
  const host = undefinedCards('lit-card');
  const start = performance.now();
  customElements.define('lit-card', LitCard);
  await Promise.all([...host.children].map((card) => card.updateComplete));
  host.getBoundingClientRect();
  return performance.now() - start;
}

/** 20 elements on one URL: the server counts the requests (run.mjs reads them). */
async function shared(url) {
  await import('/dist/news-widgets.js');
  const cards = Array.from({ length: 20 }, () => {
    const card = document.createElement('news-card');
    card.setAttribute('src', url);
    return card;
  });
  document.body.append(...cards);
  await Promise.all(cards.map(settled));
  return cards.length;
}

const WORD = 'Ж'.repeat(1_000_000);
/** About 5 MB of feed for each element, one field of it a 1 MB word. */
const HUGE = {
  'news-feed': () => ({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Huge',
    items: [
      { id: 'word', title: WORD, summary: WORD },
      ...Array.from({ length: 4000 }, (_, i) => ({ id: `n${i}`, title: `Новость ${i}`, summary: 'Кратко. '.repeat(120) })),
    ],
  }),
  'tv-schedule': () => ({
    channel: { id: 'c', name: WORD, timezone: 'Europe/Moscow' },
    programmes: Array.from({ length: 20_000 }, (_, i) => ({
      start: new Date(Date.UTC(2023, 9, 20) + i * 600_000).toISOString(),
      title: i === 0 ? WORD : `Передача ${i} ${'·'.repeat(150)}`,
    })),
  }),
  'country-tag-cloud': () => ({
    countries: [{ name: WORD, weight: 1 }, ...Array.from({ length: 20_000 }, (_, i) => ({ name: `Страна ${i} ${'ж'.repeat(150)}`, weight: i }))],
  }),
};

/**
 * The element's own work on a ~5 MB feed with a 1 MB field, given as `data`: the longest task
 * (the budget is 200 ms) and the time to its final status.
 */
async function hugeFeed(tag) {
  await import('/dist/news-widgets.js');
  const data = HUGE[tag]();
  // Making the feed is the page's work, not ours: let that task end first.
  await new Promise((resolve) => setTimeout(resolve));
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const el = document.createElement(tag);
  el.data = data;
  const start = performance.now();
  const done = new Promise((resolve) => {
    el.addEventListener('widget-load', resolve, { once: true });
    el.addEventListener('widget-error', resolve, { once: true });
  });
  document.body.append(el);
  await done;
  // The frame that lays it out, a task of its own as on any page (a layout forced here would
  // have added the browser's layout to the element's task).
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  observer.disconnect();
  return { total: performance.now() - start, longestTask: Math.max(0, ...tasks), status: el.getAttribute('status') };
}

window.cost = { iife, insertToLayout, coldUpgrade, coldUpgradeFloor, coldUpgradeLit, shared, hugeFeed };
window.costReady = true;
