import { expect, html, fixture as mount, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import '../../src/tv-schedule.js';
import { tickerActive } from '../../src/tv-schedule/minute-ticker.js';
import { WINDOW_OPEN } from '../../src/tv-schedule/row-window.js';
import type { TvScheduleElement } from '../../src/tv-schedule/tv-schedule.js';
import { ManualClock } from '../support/manual-clock.js';
import { renderWidget } from '../support/render.js';
import { fixture, stats, uniqueKey } from '../support/server.js';

const sample = fixture('tv-schedule.json');
const channel = { id: 'c', name: 'Большая Азия ТВ', timezone: 'Europe/Moscow' };
const at = (iso: string) => new Date(iso);

const schedule = (template: ReturnType<typeof html>) => renderWidget<TvScheduleElement>(template, 'tv-schedule');
const root = (el: Element) => el.shadowRoot as ShadowRoot;
const rows = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part~="programme"]')];
const times = (el: Element) => rows(el).map((row) => row.querySelector('time')?.textContent);
const titles = (el: Element) => rows(el).map((row) => row.querySelector('[part="title"]')?.textContent?.trim());
const days = (el: Element) => [...root(el).querySelectorAll('[part="day"]')].map((h) => h.textContent);
const onAir = (el: Element) => root(el).querySelector<HTMLElement>('[aria-current="true"]');

afterEach(() => clearFeedCache());

describe('<tv-schedule>', () => {
  it('shows the sample night in Moscow time, in Russian', async () => {
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" .now=${at('2023-10-20T01:15:00+03:00')} src=${sample}></tv-schedule>`,
    );
    expect(times(el)).to.deep.equal(['1:10', '1:30', '2:00', '2:07']);
    expect(titles(el)[2]).to.equal('Новости');
    const rating = rows(el)[0].querySelector('[part="rating"]') as HTMLElement;
    expect(rating.querySelector('[aria-hidden="true"]')?.textContent).to.equal('12+');
    expect(rating.querySelector('.visually-hidden')?.textContent).to.equal('для зрителей старше 12 лет');
    expect(rows(el)[0].querySelector('time')?.getAttribute('datetime')).to.equal('2023-10-19T22:10:00.000Z');
    expect(root(el).querySelector('section')?.getAttribute('aria-label')).to.equal(
      'Большая Азия ТВ: программа передач',
    );
    // One day alone has its heading too (SPEC): a reader in another zone knows the date.
    expect(days(el)).to.deep.equal(['Пятница, 20 октября']);
    // Four rows fit: nothing to scroll, no extra tab stop.
    await nextFrame();
    expect(root(el).querySelector('.scroller')?.hasAttribute('tabindex')).to.equal(false);
  });

  it('marks the programme on air and mutes the past ones', async () => {
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" .now=${at('2023-10-20T01:40:00+03:00')} src=${sample}></tv-schedule>`,
    );
    const [past, live, next] = rows(el);
    expect(past.getAttribute('part')).to.equal('programme past');
    expect(live.getAttribute('part')).to.equal('programme on-air');
    expect(getComputedStyle(live).boxShadow).to.include('inset');
    expect(getComputedStyle(next).boxShadow).to.equal('none');
    expect(getComputedStyle(past).color).to.not.equal(getComputedStyle(next).color);
  });

  it('shows no rating for a programme without one, whatever the page sets on ::part(rating)', async () => {
    const style = document.createElement('style');
    style.textContent = 'tv-schedule::part(rating) { display: inline-flex; }';
    document.head.append(style);
    const data = {
      channel,
      programmes: [
        { start: '2023-10-20T01:00:00+03:00', title: 'С рейтингом', rating: '16+' },
        { start: '2023-10-20T02:00:00+03:00', title: 'Без рейтинга' },
      ],
    };
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" .now=${at('2023-10-20T01:15:00+03:00')} .data=${data}></tv-schedule>`,
    );
    const [rated, unrated] = rows(el).map((row) => row.querySelector<HTMLElement>('[part="rating"]'));
    expect(rated?.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(unrated === null || unrated.getBoundingClientRect().width === 0).to.equal(true);
    expect(unrated?.textContent ?? '').to.equal('');
    style.remove();
  });

  it('shows the same programme at 22:10 the day before in UTC, and in the viewer’s zone by default', async () => {
    const utc = await schedule(html`<tv-schedule lang="ru" timezone="UTC" src=${sample}></tv-schedule>`);
    expect(times(utc)[0]).to.equal('22:10');
    const local = await schedule(html`<tv-schedule lang="ru" src=${sample}></tv-schedule>`);
    // The test browser runs in UTC.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('UTC');
    expect(times(local)[0]).to.equal('22:10');
  });

  it('writes English times and headings', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-19T23:10:00+03:00', title: 'Late' },
        { start: '2023-10-20T13:05:00+03:00', title: 'Afternoon' },
      ],
    };
    const el = await schedule(html`<tv-schedule lang="en" timezone="Europe/Moscow" .data=${data}></tv-schedule>`);
    expect(times(el)).to.deep.equal(['11:10 PM', '1:05 PM']);
    expect(days(el)).to.deep.equal(['Thursday, October 19', 'Friday, October 20']);
  });

  it('groups a night that crosses midnight under two day headings', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-19T23:30:00+03:00', title: 'Before midnight' },
        { start: '2023-10-20T00:30:00+03:00', title: 'After midnight' },
      ],
    };
    const el = await schedule(html`<tv-schedule lang="ru" timezone="Europe/Moscow" .data=${data}></tv-schedule>`);
    expect(days(el)).to.deep.equal(['Четверг, 19 октября', 'Пятница, 20 октября']);
    expect(root(el).querySelectorAll('h3 + ol')).to.have.length(2);
  });

  it('keeps a clock-change day on one day with the repeated hour twice', async () => {
    // Berlin, 29 October 2023: 03:00 summer time becomes 02:00 winter time.
    const data = {
      channel,
      programmes: [
        { start: '2023-10-29T01:30:00+02:00', title: 'A' },
        { start: '2023-10-29T02:30:00+02:00', title: 'B' },
        { start: '2023-10-29T02:30:00+01:00', title: 'C' },
        { start: '2023-10-29T23:30:00+01:00', title: 'D' },
      ],
    };
    const el = await schedule(html`<tv-schedule lang="en" timezone="Europe/Berlin" .data=${data}></tv-schedule>`);
    expect(times(el)).to.deep.equal(['1:30 AM', '2:30 AM', '2:30 AM', '11:30 PM']);
    expect(days(el)).to.deep.equal(['Sunday, October 29']);
    const moscow = await schedule(html`<tv-schedule lang="en" timezone="Europe/Moscow" .data=${data}></tv-schedule>`);
    expect(days(moscow)).to.deep.equal(['Sunday, October 29', 'Monday, October 30']);
  });

  it('marks the programme on air with its progress and the minutes left', async () => {
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" .now=${at('2023-10-20T01:15:00+03:00')} src=${sample}></tv-schedule>`,
    );
    const live = onAir(el) as HTMLElement;
    expect(live).to.equal(rows(el)[0]);
    expect(live.getAttribute('part')).to.contain('on-air');
    expect((live.querySelector('progress') as HTMLProgressElement).value).to.equal(25);
    expect(live.querySelector('.left')?.textContent).to.equal('ещё 15 минут');
    expect(live.querySelector('.badge')?.textContent).to.equal('В эфире');
  });

  it('dims what has ended and hides it with hide-past', async () => {
    const now = at('2023-10-20T02:03:00+03:00');
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" .now=${now} src=${sample}></tv-schedule>`,
    );
    expect(rows(el).map((row) => row.getAttribute('part'))).to.deep.equal([
      'programme past',
      'programme past',
      'programme on-air',
      'programme',
    ]);
    el.hidePast = true;
    await el.updateComplete;
    expect(times(el)).to.deep.equal(['2:00', '2:07']);
    expect(days(el)).to.deep.equal(['Пятница, 20 октября']);
  });

  it('keeps the headings of a two-day schedule with hide-past', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-19T22:00:00+03:00', end: '2023-10-19T23:30:00+03:00', title: 'Gone' },
        { start: '2023-10-19T23:30:00+03:00', title: 'Before midnight' },
        { start: '2023-10-20T00:30:00+03:00', title: 'After midnight' },
      ],
    };
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" hide-past .now=${at('2023-10-20T00:45:00+03:00')} .data=${data}></tv-schedule>`,
    );
    expect(titles(el)).to.deep.equal(['After midnight']);
    expect(days(el)).to.deep.equal(['Пятница, 20 октября']);
  });

  it('reads the clock once per update, so rows cannot vanish between two readings', async () => {
    // The only programme ends between what a first and a second reading of the clock would see.
    const data = {
      channel,
      programmes: [{ start: '2023-10-20T01:00:00+03:00', end: '2023-10-20T02:00:00+03:00', title: 'Ending' }],
    };
    let calls = 0;
    const now = () => (calls++ === 0 ? at('2023-10-20T01:59:59.999+03:00') : at('2023-10-20T02:00:01+03:00'));
    const errors: Event[] = [];
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.addEventListener('widget-error', (event) => errors.push(event));
    const loaded = oneEvent(host, 'widget-load');
    const el = document.createElement('tv-schedule') as TvScheduleElement;
    Object.assign(el, { hidePast: true, now, data, timezone: 'Europe/Moscow' });
    host.append(el);
    await loaded;
    expect(calls).to.equal(1);
    expect(el.status).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Ending']);
    el.requestUpdate();
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(errors).to.deep.equal([]);
    expect(el.status).to.equal('empty');
  });

  it('ends a programme without end when the next starts', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-20T01:00:00+03:00', title: 'Open' },
        { start: '2023-10-20T01:20:00+03:00', title: 'Next' },
      ],
    };
    const el = await schedule(html`<tv-schedule .now=${at('2023-10-20T01:25:00+03:00')} .data=${data}></tv-schedule>`);
    expect(onAir(el)?.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Next');
  });

  it('moves the marker on by itself at the minute boundary', async () => {
    const clock = new ManualClock();
    try {
      clock.setTime(at('2023-10-20T01:29:30+03:00').getTime());
      const el = await schedule(html`<tv-schedule timezone="Europe/Moscow" src=${sample}></tv-schedule>`);
      expect(onAir(el)).to.equal(rows(el)[0]);
      await clock.scheduled(30_000);
      clock.advance(30_000);
      await el.updateComplete;
      expect(onAir(el)).to.equal(rows(el)[1]);
      // And the next minute too, with one timer for the page.
      await clock.scheduled(60_000);
      clock.advance(60_000);
      await el.updateComplete;
      expect(rows(el)[1].querySelector('.left')?.textContent).to.equal('29 minutes left');
    } finally {
      clock.uninstall();
    }
  });

  it('follows a `now` function and a changed `now`', async () => {
    let now = at('2023-10-20T01:15:00+03:00');
    const el = await schedule(html`<tv-schedule .now=${() => now} src=${sample}></tv-schedule>`);
    expect(onAir(el)).to.equal(rows(el)[0]);
    now = at('2023-10-20T02:01:00+03:00');
    el.requestUpdate();
    await el.updateComplete;
    expect(onAir(el)).to.equal(rows(el)[2]);
    el.now = at('2023-10-20T09:00:00+03:00');
    await el.updateComplete;
    expect(onAir(el)).to.equal(null);
  });

  it('releases the minute timer when the last schedule leaves the page', async () => {
    const clock = new ManualClock();
    try {
      const el = await schedule(html`<tv-schedule src=${sample}></tv-schedule>`);
      expect(tickerActive()).to.equal(true);
      el.remove();
      expect(tickerActive()).to.equal(false);
    } finally {
      clock.uninstall();
    }
  });

  it('shows one day with `day`', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-19T23:30:00+03:00', title: 'Thursday' },
        { start: '2023-10-20T00:30:00+03:00', title: 'Friday 1' },
        { start: '2023-10-20T23:00:00+03:00', title: 'Friday 2' },
        { start: '2023-10-21T00:30:00+03:00', title: 'Saturday' },
      ],
    };
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" day="2023-10-20" .data=${data}></tv-schedule>`,
    );
    expect(titles(el)).to.deep.equal(['Friday 1', 'Friday 2']);
    expect(days(el)).to.deep.equal(['Пятница, 20 октября']);
    el.day = '2023-10-25';
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    // An empty day says which day it is.
    expect(root(el).querySelector('[part="empty"]')?.textContent).to.equal('Среда, 25 октября: передач нет.');
    el.lang = 'en';
    // The locale's MutationObserver runs first and asks for the render that updateComplete awaits.
    await Promise.resolve();
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]')?.textContent).to.equal('Nothing on Wednesday, October 25.');
  });

  it('shows now and next with `upcoming`', async () => {
    const el = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" upcoming="1" .now=${at('2023-10-20T01:35:00+03:00')} src=${sample}></tv-schedule>`,
    );
    expect(times(el)).to.deep.equal(['1:30', '2:00']);
    expect(onAir(el)).to.equal(rows(el)[0]);
    el.now = at('2023-10-20T01:00:00+03:00');
    await el.updateComplete;
    // Nothing on air yet: the next two.
    expect(times(el)).to.deep.equal(['1:10', '1:30']);
  });

  it('shows what is on now with `upcoming="0"`, and the whole day for a number out of range', async () => {
    const now = at('2023-10-20T01:35:00+03:00');
    const strip = await schedule(
      html`<tv-schedule lang="ru" timezone="Europe/Moscow" upcoming="0" .now=${now} src=${sample}></tv-schedule>`,
    );
    expect(times(strip)).to.deep.equal(['1:30']);
    expect(onAir(strip)).to.equal(rows(strip)[0]);
    // SPEC: a number out of its range means the default, every programme; not an empty strip.
    for (const upcoming of ['-3', '100001']) {
      const el = await schedule(
        html`<tv-schedule lang="ru" timezone="Europe/Moscow" upcoming=${upcoming} .now=${now} src=${sample}></tv-schedule>`,
      );
      expect(times(el), `upcoming="${upcoming}"`).to.deep.equal(['1:10', '1:30', '2:00', '2:07']);
      expect(el.shadowRoot?.querySelector('[part="empty"]') === null, 'not empty').to.equal(true);
    }
  });

  it('sorts unsorted input', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-20T03:00:00+03:00', title: 'C' },
        { start: '2023-10-20T01:00:00+03:00', title: 'A' },
        { start: '2023-10-20T02:00:00+03:00', title: 'B' },
      ],
    };
    const el = await schedule(html`<tv-schedule .data=${data}></tv-schedule>`);
    expect(titles(el)).to.deep.equal(['A', 'B', 'C']);
  });

  it('links a programme with a url, safely', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-20T01:00:00+03:00', title: 'Linked', url: '/tv/linked' },
        { start: '2023-10-20T02:00:00+03:00', title: 'Hostile', url: 'javascript:alert(1)' },
      ],
    };
    const el = await schedule(html`<tv-schedule .data=${data}></tv-schedule>`);
    const links = root(el).querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal(new URL('/tv/linked', document.baseURI).href);
  });

  it('scrolls the programme on air into view inside itself, never the page', async () => {
    const start = at('2023-10-20T00:00:00Z').getTime();
    const programmes = Array.from({ length: 60 }, (_, i) => ({
      start: new Date(start + i * 30 * 60_000).toISOString(),
      title: `Programme ${i}`,
    }));
    const pageScroll = window.scrollY;
    const el = await schedule(
      html`<tv-schedule timezone="UTC" .now=${new Date(start + 40 * 30 * 60_000 + 60_000)} .data=${{ channel, programmes }}></tv-schedule>`,
    );
    const scroller = root(el).querySelector('.scroller') as HTMLElement;
    expect(scroller.scrollTop).to.be.greaterThan(0);
    const box = scroller.getBoundingClientRect();
    const live = (onAir(el) as HTMLElement).getBoundingClientRect();
    expect(live.top).to.be.at.least(box.top);
    expect(live.bottom).to.be.at.most(box.bottom);
    expect(window.scrollY).to.equal(pageScroll);
    // A list that scrolls can be reached, and so scrolled, by keyboard (decided in the frame's layout).
    await nextFrame();
    expect(scroller.tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('renders a window of 10 000 programmes with the marker right, and grows it on scroll', async () => {
    const start = at('2023-10-01T00:00:00Z').getTime();
    const programmes = Array.from({ length: 10_000 }, (_, i) => ({
      start: new Date(start + i * 5 * 60_000).toISOString(),
      title: `Programme ${i}`,
      rating: '12+',
    }));
    const now = new Date(start + 7_000 * 5 * 60_000 + 60_000);
    const el = await schedule(
      html`<tv-schedule timezone="UTC" .now=${now} .data=${{ channel, programmes }}></tv-schedule>`,
    );
    expect(rows(el).length).to.equal(WINDOW_OPEN);
    expect(onAir(el)?.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Programme 7000');
    // At the default height the window opened is enough: it does not grow before the reader scrolls.
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(rows(el).length).to.equal(WINDOW_OPEN);
    const scroller = root(el).querySelector('.scroller') as HTMLElement;
    const before = rows(el).length;
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((resolve) => {
      new MutationObserver(resolve).observe(scroller, { childList: true, subtree: true });
    });
    await el.updateComplete;
    expect(rows(el).length).to.be.greaterThan(before);
  });

  it('reads a feed of 10 000 programmes once: two schedules on its URL share the reading', async () => {
    const url = `/api/schedule/${uniqueKey('long')}/10000`;
    const now = new Date(at('2023-10-01T00:00:00Z').getTime() + 7_000 * 300_000 + 60_000);
    const host = await mount(html`<div>
      <tv-schedule timezone="UTC" .now=${now} src=${url}></tv-schedule>
      <tv-schedule timezone="UTC" .now=${now} upcoming="3" src=${url}></tv-schedule>
    </div>`);
    const loads = await Promise.all([...host.querySelectorAll('tv-schedule')].map((el) => oneEvent(el, 'widget-load')));
    expect(loads[0].detail.data.programmes).to.have.length(10_000);
    // One validated, normalized and sorted schedule, not one per element.
    expect(loads[1].detail.data).to.equal(loads[0].detail.data);
    expect((await stats(url.split('/')[3])).hits).to.equal(1);
  });

  it('does not read its feed again when the clock or what it shows changes', async () => {
    let reads = 0;
    const start = at('2023-10-01T00:00:00Z').getTime();
    const programmes = Array.from({ length: 10_000 }, (_, i) => ({
      start: new Date(start + i * 300_000).toISOString(),
      get title() {
        reads++;
        return `Programme ${i}`;
      },
    }));
    const el = await schedule(
      html`<tv-schedule timezone="UTC" .now=${new Date(start + 60_000)} .data=${{ channel, programmes }}></tv-schedule>`,
    );
    const once = reads;
    expect(once).to.be.at.least(10_000);
    el.now = new Date(start + 90 * 60_000);
    await el.updateComplete;
    el.day = '2023-10-01';
    await el.updateComplete;
    el.hidePast = true;
    await el.updateComplete;
    el.upcoming = 3;
    await el.updateComplete;
    expect(onAir(el)).to.not.equal(null);
    expect(reads).to.equal(once);
  });

  it('keeps each row’s element when the window grows upwards (rows are keyed, not rewritten by position)', async () => {
    const start = at('2023-10-01T00:00:00Z').getTime();
    const programmes = Array.from({ length: 1_000 }, (_, i) => ({
      start: new Date(start + i * 5 * 60_000).toISOString(),
      title: `Programme ${i}`,
    }));
    const now = new Date(start + 500 * 5 * 60_000 + 60_000);
    const el = await schedule(
      html`<tv-schedule timezone="UTC" .now=${now} .data=${{ channel, programmes }}></tv-schedule>`,
    );
    const live = onAir(el) as HTMLElement;
    const before = rows(el).length;
    const scroller = root(el).querySelector('.scroller') as HTMLElement;
    scroller.scrollTop = 0;
    await waitUntil(() => rows(el).length > before, 'the window grows upwards', { timeout: 10_000 });
    await el.updateComplete;
    // The same element still shows the programme on air, where a positional render reused it for another.
    expect(live.isConnected).to.equal(true);
    expect(onAir(el)).to.equal(live);
    expect(live.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Programme 500');
  });

  it('skips a programme whose start or end is shaped like a time but is no real time', async () => {
    const data = {
      channel,
      programmes: [
        { start: '2023-10-20T01:00:00+03:00', title: 'Real' },
        { start: '2023-10-20T24:61:00+03:00', title: 'No such minute' },
        { start: '2023-10-20T01:30:00+03:00', end: '2023-13-20T02:00:00+03:00', title: 'No such month' },
      ],
    };
    const wrapper = await mount<HTMLElement>(html`<div></div>`);
    const el = document.createElement('tv-schedule') as TvScheduleElement;
    el.now = () => at('2023-10-20T01:10:00+03:00');
    el.data = data;
    const loaded = oneEvent(el, 'widget-load');
    wrapper.append(el);
    expect((await loaded).detail.skipped).to.equal(2);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Real']);
    expect(onAir(el)?.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Real');
  });

  it('is empty for a schedule with no programmes, and an error for a broken one', async () => {
    const empty = await schedule(html`<tv-schedule .data=${{ channel, programmes: [] }}></tv-schedule>`);
    expect(empty.status).to.equal('empty');
    const broken = await schedule(html`<tv-schedule .data=${{ programmes: [] }}></tv-schedule>`);
    expect(broken.status).to.equal('error');
  });

  it('passes axe with a programme on air, in both languages', async () => {
    for (const lang of ['ru', 'en']) {
      const el = await schedule(
        html`<tv-schedule lang=${lang} timezone="Europe/Moscow" .now=${at('2023-10-20T01:15:00+03:00')} src=${sample}></tv-schedule>`,
      );
      await expect(el).to.be.accessible();
    }
  });
});

describe('<tv-schedule> in a narrow sidebar', () => {
  it('keeps titles readable at 200px', async () => {
    const wrapper = await mount<HTMLElement>(html`<div style="width: 200px"></div>`);
    const el = document.createElement('tv-schedule');
    el.setAttribute('src', sample);
    const loaded = oneEvent(el, 'widget-load');
    wrapper.append(el);
    await loaded;
    await el.updateComplete;
    const row = rows(el)[0];
    const title = row.querySelector('[part="title"]') as HTMLElement;
    expect(title.getBoundingClientRect().width).to.be.greaterThan(row.getBoundingClientRect().width * 0.5);
  });
});

describe('<tv-schedule> right to left', () => {
  it('puts the time at the start (right) of each row and the rating at its end (left)', async () => {
    const el = await schedule(
      html`<div dir="rtl"><tv-schedule lang="en" timezone="Europe/Moscow" .now=${at('2023-10-20T01:15:00+03:00')} src=${sample}></tv-schedule></div>`,
    );
    const row = rows(el)[0];
    const box = (selector: string) => (row.querySelector(selector) as HTMLElement).getBoundingClientRect();
    expect(getComputedStyle(row).direction).to.equal('rtl');
    expect(box('[part="time"]').left).to.be.at.least(box('.info').right);
    expect(box('[part="rating"]').right).to.be.at.most(box('.info').left);
    expect(row.getBoundingClientRect().right - box('[part="time"]').right).to.be.closeTo(16, 1);
  });
});

describe('<tv-schedule> links', () => {
  it('opens programme links in _blank by default, or where target says, never with an opener', async () => {
    const data = {
      channel,
      programmes: [{ start: '2023-10-20T01:10:00+03:00', title: 'With a page', url: 'https://example.org/p' }],
    };
    for (const [target, expected] of [
      [undefined, '_blank'],
      ['_self', '_self'],
    ] as const) {
      const el = await schedule(html`<tv-schedule target=${target ?? nothing} .data=${data}></tv-schedule>`);
      const link = root(el).querySelector('[part="title"] a') as HTMLAnchorElement;
      expect([link.target, link.rel]).to.deep.equal([expected, 'noopener noreferrer']);
    }
  });
});
