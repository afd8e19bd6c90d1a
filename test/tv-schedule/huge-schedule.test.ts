// A stranger's schedule of tens of thousands of programmes is read a slice at a time: the page
// runs between slices (no long task), and only the reading of the current source is ever shown.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import { SLICE } from '../../src/core/validate.js';
import { checkFeed } from '../../src/schemas.js';
import '../../src/tv-schedule.js';
import { parseScheduleInSlices, SLICED_ABOVE } from '../../src/tv-schedule/schedule.normalize.js';
import type { TvScheduleElement } from '../../src/tv-schedule/tv-schedule.js';
import { stats, uniqueKey } from '../support/server.js';

const START = Date.UTC(2023, 9, 1);
const COUNT = SLICED_ABOVE + 5 * SLICE;
const channel = { id: 'c', name: 'Long', timezone: 'UTC' };
const schedule = (count: number, title = 'Programme') => ({
  channel,
  programmes: Array.from({ length: count }, (_, i) => ({
    start: new Date(START + i * 300_000).toISOString(),
    title: `${title} ${i}`,
  })),
});
const now = new Date(START + 7_000 * 300_000 + 60_000);
const onAirTitle = (el: Element) =>
  el.shadowRoot?.querySelector('[aria-current="true"] [part="title"]')?.textContent?.trim();

/** Resolves once a reading of `data` started now is done: one that started before is done too. */
const aReadingLater = (data: unknown) => Promise.resolve(parseScheduleInSlices(data, document.baseURI));

async function element(data: ReturnType<typeof schedule>): Promise<TvScheduleElement> {
  const el = document.createElement('tv-schedule') as TvScheduleElement;
  el.setAttribute('timezone', 'UTC');
  el.now = now;
  el.data = data;
  await mount(html`<div></div>`).then((host) => host.append(el));
  return el;
}

afterEach(() => clearFeedCache());

describe('<tv-schedule> with a huge schedule', () => {
  it('reads it in slices, the page running between them, and shows it once', async () => {
    const order: string[] = [];
    let loads = 0;
    const data = schedule(COUNT);
    const el = document.createElement('tv-schedule') as TvScheduleElement;
    el.addEventListener('widget-load', () => {
      loads++;
      order.push('shown');
    });
    el.setAttribute('timezone', 'UTC');
    el.now = now;
    el.data = data;
    const loaded = oneEvent(el, 'widget-load');
    (await mount(html`<div></div>`)).append(el);
    setTimeout(() => order.push('the page ran'));
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const event = await loaded;
    expect(order).to.deep.equal(['the page ran', 'shown']);
    expect(event.detail.data.programmes).to.have.length(COUNT);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(onAirTitle(el)).to.equal('Programme 7000');
    await aReadingLater(data);
    expect(loads).to.equal(1);
  });

  it('shows only the newest data when it is replaced while a huge one is read', async () => {
    const huge = schedule(COUNT, 'Huge');
    const el = await element(huge);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const loads: string[] = [];
    el.addEventListener('widget-load', () => loads.push(onAirTitle(el) ?? ''));
    el.data = schedule(8_000, 'Small');
    await oneEvent(el, 'widget-load');
    await aReadingLater(huge);
    await el.updateComplete;
    expect(loads).to.deep.equal(['Small 7000']);
    expect(onAirTitle(el)).to.equal('Small 7000');
  });

  it('drops a reading its element left, and reads again when it comes back', async () => {
    const huge = schedule(COUNT);
    const el = await element(huge);
    let loads = 0;
    el.addEventListener('widget-load', () => loads++);
    const host = el.parentElement as HTMLElement;
    el.remove();
    await aReadingLater(huge);
    expect(loads).to.equal(0);
    const loaded = oneEvent(el, 'widget-load');
    host.append(el);
    await loaded;
    expect(loads).to.equal(1);
    expect(onAirTitle(el)).to.equal('Programme 7000');
  });

  it('keeps reading when a framework moves it mid-reading, and reads the data once', async () => {
    let reads = 0;
    const data = schedule(COUNT);
    for (const programme of data.programmes) {
      const { title } = programme;
      Object.defineProperty(programme, 'title', {
        get: () => {
          reads++;
          return title;
        },
      });
    }
    const el = await element(data);
    const loaded = oneEvent(el, 'widget-load');
    // Out and back in within one task, as a framework re-parents an element.
    (await mount(html`<section></section>`)).append(el);
    await loaded;
    expect(onAirTitle(el)).to.equal('Programme 7000');
    expect(reads).to.equal(COUNT);
  });

  it('is read once for every schedule on its URL', async () => {
    const key = uniqueKey('huge');
    const url = `/api/schedule/${key}/${COUNT}`;
    const host = await mount(html`<div>
      <tv-schedule timezone="UTC" .now=${now} src=${url}></tv-schedule>
      <tv-schedule timezone="UTC" .now=${now} upcoming="2" src=${url}></tv-schedule>
    </div>`);
    const loads = await Promise.all([...host.querySelectorAll('tv-schedule')].map((el) => oneEvent(el, 'widget-load')));
    expect(loads[0].detail.data.programmes).to.have.length(COUNT);
    expect(loads[1].detail.data).to.equal(loads[0].detail.data);
    expect((await stats(key)).hits).to.equal(1);
  });

  it('skips and counts bad programmes in every slice', async () => {
    const data = schedule(COUNT);
    for (let i = 0; i < COUNT; i += SLICE) data.programmes[i + 1].start = 'soon';
    const el = document.createElement('tv-schedule') as TvScheduleElement;
    el.data = data;
    const loaded = oneEvent(el, 'widget-load');
    (await mount(html`<div></div>`)).append(el);
    const { detail } = await loaded;
    const slices = Math.ceil(COUNT / SLICE);
    expect(detail.skipped).to.equal(slices);
    expect(detail.data.programmes).to.have.length(COUNT - slices);
  });

  it('stays one synchronous reading for publishers (checkFeed)', () => {
    const result = checkFeed('tv', schedule(COUNT));
    expect(result).to.not.be.instanceOf(Promise);
    expect(result.shown).to.equal(COUNT);
  });
});
