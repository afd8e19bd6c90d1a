// Runs in the benchmark page: renders the same data with our elements and with hand-written
// vanilla DOM (template cloning, the practical floor), timing data-in-hand to layout done.
import { NewsFeedElement } from '../dist/news-widgets.js';

const stage = document.getElementById('stage');
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(run, { runs, warmup }) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    stage.replaceChildren();
    await new Promise(requestAnimationFrame);
    const start = performance.now();
    await run();
    stage.getBoundingClientRect(); // force style and layout
    stage.offsetHeight;
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  return median(samples);
}

export function newsFeedData(count) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Лента',
    items: Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      url: `https://example.org/news/${i}`,
      title: `Сергей Лавров встретился с Ким Чен Ыном (${i})`,
      date_published: '2023-10-19T12:00:00+03:00',
      _news: { source: 'Медиаресурс «Большая Азия»', views: 3259 + i },
    })),
  };
}

const ours = {
  async newsFeed(data) {
    const el = document.createElement('news-feed');
    el.setAttribute('variant', 'headline');
    el.limit = data.items.length;
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  },
};

// The floor: the same markup and the same stylesheet, cloned from a template and filled by hand.
const floor = {
  async newsFeed(data) {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = NewsFeedElement.elementStyles.map((style) => style.styleSheet);
    const template = document.createElement('template');
    template.innerHTML =
      '<li><article part="item" class="card headline"><h3 part="title" class="title"><a target="_blank" rel="noopener noreferrer"></a></h3><p part="meta" class="meta"><time></time><span class="source"></span><span class="views"><span aria-hidden="true"></span><span class="visually-hidden"></span></span></p></article></li>';
    const list = document.createElement('ul');
    list.className = 'list headline';
    const date = new Intl.DateTimeFormat('ru', { year: 'numeric', month: '2-digit', day: '2-digit' });
    const rules = new Intl.PluralRules('ru');
    const forms = { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' };
    for (const item of data.items) {
      const li = template.content.firstElementChild.cloneNode(true);
      const a = li.querySelector('a');
      a.href = item.url;
      a.textContent = item.title;
      const when = new Date(item.date_published);
      const time = li.querySelector('time');
      time.dateTime = when.toISOString();
      time.textContent = date.format(when);
      li.querySelector('.source').textContent = item._news.source;
      li.querySelector('[aria-hidden]').textContent = String(item._news.views);
      li.querySelector('.visually-hidden').textContent = `${item._news.views} ${forms[rules.select(item._news.views)]}`;
      list.append(li);
    }
    root.append(list);
    stage.append(host);
  },
};

window.bench = {
  async render(kind, count, options) {
    const data = newsFeedData(count);
    return {
      ours: await time(() => ours[kind](structuredClone(data)), options),
      floor: await time(() => floor[kind](structuredClone(data)), options),
    };
  },
};
window.benchReady = true;
