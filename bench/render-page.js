// Runs in the benchmark page: renders the same data with our elements, with hand-written
// vanilla DOM (template cloning, the practical floor) and, for the news feed and the cloud, with
// a plain LitElement (the same markup, one Lit template per row: what Lit itself allows), timing
// data-in-hand to layout done.
import { html as litHtml, LitElement } from 'lit';
import '../dist/news-widgets.js';
import { checkFeed } from '../dist/schemas.js';

const stage = document.getElementById('stage');
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * ms from `render(data)` starting to style and layout done, with the stage emptied and painted
 * before. Each sample gets its own copy of the data (so nothing cached by identity helps), made
 * before the clock starts: copying 10 000 programmes is the bench's work, not the element's.
 */
async function sample(render, data) {
  const copy = structuredClone(data);
  stage.replaceChildren();
  await new Promise(requestAnimationFrame);
  const start = performance.now();
  await render(copy);
  stage.getBoundingClientRect(); // force style and layout
  stage.offsetHeight;
  return performance.now() - start;
}

async function time(render, data, { runs, warmup }) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const elapsed = await sample(render, data);
    if (i >= warmup) samples.push(elapsed);
  }
  return median(samples);
}

/**
 * Medians of each side (name → render) sampled in turns, the order rotating every round (as
 * tachometer does): no side pays for another's garbage or meets a JIT another has not warmed.
 */
async function compare(sides, data, { runs, warmup }) {
  const names = Object.keys(sides);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    const order = names.map((_, k) => names[(i + k) % names.length]);
    for (const name of order) {
      const elapsed = await sample(sides[name], data);
      if (i >= warmup) samples[name].push(elapsed);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
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

export function scheduleData(count) {
  const start = Date.UTC(2023, 9, 1);
  return {
    channel: { id: 'c', name: 'Большая Азия ТВ', timezone: 'Europe/Moscow' },
    programmes: Array.from({ length: count }, (_, i) => ({
      start: new Date(start + i * 5 * 60_000).toISOString(),
      title: `Вокруг света пешком. Израиль (${i})`,
      rating: '12+',
    })),
  };
}

export function countriesData(count) {
  return {
    countries: Array.from({ length: count }, (_, i) => ({
      name: `Страна ${String(i).padStart(3, '0')}`,
      slug: `country-${i}`,
      weight: (i * 7919) % 1000,
    })),
  };
}

const DATA = { tvSchedule: scheduleData, countryTagCloud: countriesData, newsFeed: newsFeedData };

const NOW = new Date(Date.UTC(2023, 9, 1) + 50 * 5 * 60_000 + 60_000);

const ours = {
  async countryTagCloud(data) {
    const el = document.createElement('country-tag-cloud');
    el.setAttribute('href-template', '/country/{slug}');
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  },
  async tvSchedule(data) {
    const el = document.createElement('tv-schedule');
    el.setAttribute('timezone', 'Europe/Moscow');
    el.now = NOW;
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  },
  async newsFeed(data) {
    const el = document.createElement('news-feed');
    el.setAttribute('variant', 'headline');
    el.limit = data.items.length;
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  },
};

/** A shadow root with the element's own stylesheet, and a template of one row's markup. */
function floorHost(tag, rowHtml) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = customElements.get(tag).elementStyles.map((style) => style.styleSheet);
  const template = document.createElement('template');
  template.innerHTML = rowHtml;
  return { host, root, row: () => template.content.firstElementChild.cloneNode(true) };
}

/** The elements' outer box, which carries the font and text settings. */
function wrap(content) {
  const root = document.createElement('div');
  root.className = 'root';
  root.setAttribute('part', 'base');
  root.append(content);
  return root;
}

/** The cloud floors' own work (vanilla and Lit alike): sizes on a log scale, sorted by name, words. */
function floorTags(countries) {
  const collator = new Intl.Collator('ru');
  const rules = new Intl.PluralRules('ru');
  const forms = { one: 'материал', few: 'материала', many: 'материалов', other: 'материала' };
  const weights = countries.map((c) => Math.log1p(c.weight));
  const low = Math.min(...weights);
  const high = Math.max(...weights);
  const tags = countries.map((c, i) => ({
    name: c.name,
    level: Math.round(((weights[i] - low) / (high - low || 1)) * 9),
    href: `/country/${encodeURIComponent(c.slug)}`,
    spoken: `, ${c.weight} ${forms[rules.select(c.weight)]}`,
  }));
  return tags.sort((a, b) => collator.compare(a.name, b.name));
}

/** The news floors' formatting (vanilla and Lit alike): the date, and the views in words. */
function floorNewsFormat() {
  const date = new Intl.DateTimeFormat('ru', { year: 'numeric', month: '2-digit', day: '2-digit' });
  const rules = new Intl.PluralRules('ru');
  const forms = { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' };
  return { date, views: (count) => `${count} ${forms[rules.select(count)]}` };
}

// The floor: the same markup and the same stylesheet, cloned from a template and filled by hand.
const floor = {
  async countryTagCloud(data) {
    const { host, root, row } = floorHost(
      'country-tag-cloud',
      '<li><a part="tag" class="tag" target="_blank" rel="noopener noreferrer"><span class="visually-hidden"></span></a></li>',
    );
    const tags = floorTags(data.countries);
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', 'Страны');
    const list = document.createElement('ul');
    list.className = 'list';
    for (const tag of tags) {
      const li = row();
      const a = li.firstElementChild;
      a.classList.add(`l${tag.level}`);
      a.href = tag.href;
      a.prepend(tag.name);
      a.lastElementChild.textContent = tag.spoken;
      list.append(li);
    }
    nav.append(list);
    root.append(wrap(nav));
    stage.append(host);
  },
  async tvSchedule(data) {
    const { host, root, row } = floorHost(
      'tv-schedule',
      '<li part="programme" class="row"><time part="time" class="time"></time><div class="info"><span part="title" class="title"></span></div><span part="rating" class="rating"><span aria-hidden="true"></span><span class="visually-hidden"></span></span></li>',
    );
    // What ours shows besides the rows: a day heading per day, the past rows marked, the row on
    // air with its line (badge, progress, minutes left), and the list scrolled to that row.
    const time = new Intl.DateTimeFormat('ru', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Moscow' });
    const dayFormat = new Intl.DateTimeFormat('ru', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Moscow' });
    const rules = new Intl.PluralRules('ru');
    const minutes = { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' };
    const section = document.createElement('section');
    section.className = 'scroller';
    section.setAttribute('aria-label', `${data.channel.name}: программа передач`);
    const programmes = data.programmes.map((p) => ({ ...p, start: new Date(p.start) })).sort((a, b) => a.start - b.start);
    let list;
    let day;
    let live;
    programmes.forEach((programme, i) => {
      const next = programmes[i + 1]?.start;
      const text = dayFormat.format(programme.start);
      if (text !== day) {
        day = text;
        const heading = document.createElement('h3');
        heading.setAttribute('part', 'day');
        heading.className = 'day';
        heading.textContent = text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
        list = document.createElement('ol');
        section.append(heading, list);
      }
      const li = row();
      const t = li.querySelector('time');
      t.dateTime = programme.start.toISOString();
      t.textContent = time.format(programme.start);
      li.querySelector('.title').textContent = programme.title;
      li.querySelector('[aria-hidden]').textContent = programme.rating;
      li.querySelector('.visually-hidden').textContent = 'для зрителей старше 12 лет';
      if (next && next <= NOW) li.setAttribute('part', 'programme past');
      else if (programme.start <= NOW && (!next || NOW < next)) {
        live = li;
        li.setAttribute('part', 'programme on-air');
        li.setAttribute('aria-current', 'true');
        const left = Math.ceil((next - NOW) / 60_000);
        const line = document.createElement('div');
        line.className = 'live';
        line.innerHTML = '<span class="badge">В эфире</span><progress part="progress" max="100" aria-label="Прошло"></progress><span class="left"></span>';
        line.querySelector('progress').value = Math.round(((NOW - programme.start) / (next - programme.start)) * 100);
        line.querySelector('.left').textContent = `ещё ${left} ${minutes[rules.select(left)]}`;
        li.querySelector('.info').append(line);
      }
      list.append(li);
    });
    root.append(wrap(section));
    stage.append(host);
    if (live && section.scrollHeight > section.clientHeight) {
      const heading = section.querySelector('.day').offsetHeight;
      section.scrollTop += live.getBoundingClientRect().top - section.getBoundingClientRect().top - heading;
    }
  },
  async newsFeed(data) {
    const { host, root, row } = floorHost(
      'news-feed',
      '<li><article part="item" class="card headline"><h3 part="title" class="title"><a target="_blank" rel="noopener noreferrer"></a></h3><p part="meta" class="meta"><time></time><span class="source"></span><span class="views"><span aria-hidden="true"><svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z" /><circle cx="12" cy="12" r="3" /></svg><span class="count"></span></span><span class="visually-hidden"></span></span></p></article></li>',
    );
    const list = document.createElement('ul');
    list.className = 'list headline';
    const { date, views } = floorNewsFormat();
    for (const item of data.items) {
      const li = row();
      const a = li.querySelector('a');
      a.href = item.url;
      a.textContent = item.title;
      const when = new Date(item.date_published);
      const time = li.querySelector('time');
      time.dateTime = when.toISOString();
      time.textContent = date.format(when);
      li.querySelector('.source').textContent = item._news.source;
      li.querySelector('.count').textContent = String(item._news.views);
      li.querySelector('.visually-hidden').textContent = views(item._news.views);
      list.append(li);
    }
    root.append(wrap(list));
    stage.append(host);
  },
};

/** A plain LitElement rendering `template(data)` under the stylesheet of `tag`. */
function litFloor(tag, template) {
  const name = `lit-floor-${tag}`;
  customElements.define(
    name,
    class extends LitElement {
      static properties = { data: { attribute: false } };
      static styles = customElements.get(tag).elementStyles;
      render() {
        return template(this.data);
      }
    },
  );
  return async (data) => {
    const el = document.createElement(name);
    el.data = data;
    stage.append(el);
    await el.updateComplete;
  };
}

// What Lit allows: the floor's markup and work, in one Lit template per row.
const lit = {
  countryTagCloud: litFloor(
    'country-tag-cloud',
    (data) =>
      litHtml`<div class="root" part="base"><nav aria-label="Страны"><ul class="list">${floorTags(data.countries).map(
        (tag) =>
          litHtml`<li><a part="tag" class="tag l${tag.level}" href=${tag.href} target="_blank" rel="noopener noreferrer">${tag.name}<span class="visually-hidden">${tag.spoken}</span></a></li>`,
      )}</ul></nav></div>`,
  ),
  newsFeed: litFloor('news-feed', (data) => {
    const { date, views: spoken } = floorNewsFormat();
    return litHtml`<div class="root" part="base"><ul class="list headline">${data.items.map((item) => {
      const when = new Date(item.date_published);
      const { source, views } = item._news;
      return litHtml`<li><article part="item" class="card headline"><h3 part="title" class="title"><a target="_blank" rel="noopener noreferrer" href=${item.url}>${item.title}</a></h3><p part="meta" class="meta"><time datetime=${when.toISOString()}>${date.format(when)}</time><span class="source">${source}</span><span class="views"><span aria-hidden="true"><svg class="icon" viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z" /><circle cx="12" cy="12" r="3" /></svg><span class="count">${views}</span></span><span class="visually-hidden">${spoken(views)}</span></span></p></article></li>`;
    })}</ul></div>`;
  }),
};

window.bench = {
  /** A feed validated (zod) and normalized exactly as the element reads it, with no rendering. */
  async validate(kind, count, options) {
    const [make, feedKind] = {
      tvSchedule: [scheduleData, 'tv'],
      countryTagCloud: [countriesData, 'countries'],
      newsFeed: [newsFeedData, 'news'],
    }[kind];
    const data = make(count);
    return time((copy) => checkFeed(feedKind, copy), data, options);
  },
  /** `{ ours, floor }`, and `lit` where a Lit floor is written. */
  async render(kind, count, options) {
    const sides = { ours: ours[kind], floor: floor[kind], ...(lit[kind] && { lit: lit[kind] }) };
    return compare(sides, DATA[kind](count), options);
  },
};
/** One side alone, `reps` times, for a profiler to watch (tmp probes; not part of `npm run bench`). */
window.bench.alone = async (kind, count, side, reps) => {
  const data = DATA[kind](count);
  const impl = side === 'ours' ? ours : floor;
  return time(impl[kind], data, { runs: reps, warmup: 0 });
};
window.benchReady = true;
