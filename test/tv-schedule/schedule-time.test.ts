import { expect } from '@open-wc/testing';
import { parseSchedule } from '../../src/tv-schedule/schedule.normalize.js';
import { dayKey, minutesLeft, onAirIndex, progressOf, zoneOf } from '../../src/tv-schedule/schedule.time.js';

const channel = { id: 'c', name: 'C', timezone: 'Europe/Moscow' };
const schedule = (programmes: unknown[]) => parseSchedule({ channel, programmes }, 'https://example.org/').data;
const at = (iso: string) => new Date(iso).getTime();

describe('schedule time', () => {
  it('puts an instant on its calendar day in each zone', () => {
    const date = new Date('2023-10-20T01:10:00+03:00');
    expect(dayKey(date, 'Europe/Moscow')).to.equal('2023-10-20');
    expect(dayKey(date, 'UTC')).to.equal('2023-10-19');
    expect(dayKey(date, 'Asia/Kathmandu')).to.equal('2023-10-20');
    expect(dayKey(new Date('2023-10-19T18:14:00Z'), 'Asia/Kathmandu')).to.equal('2023-10-19');
    expect(dayKey(new Date('2023-10-19T18:15:00Z'), 'Asia/Kathmandu')).to.equal('2023-10-20');
  });

  it('takes local, absent and unknown zones as the viewer’s', () => {
    expect(zoneOf('local')).to.equal(undefined);
    expect(zoneOf(undefined)).to.equal(undefined);
    expect(zoneOf('Mars/Olympus')).to.equal(undefined);
    expect(zoneOf('Asia/Tokyo')).to.equal('Asia/Tokyo');
  });

  it('sorts programmes and ends each open one at the next start', () => {
    const { programmes } = schedule([
      { start: '2023-10-20T02:00:00+03:00', title: 'C' },
      { start: '2023-10-20T01:00:00+03:00', title: 'A' },
      { start: '2023-10-20T01:30:00+03:00', end: '2023-10-20T01:45:00+03:00', title: 'B' },
    ]);
    expect(programmes.map((p) => p.title)).to.deep.equal(['A', 'B', 'C']);
    expect(programmes[0].end?.toISOString()).to.equal('2023-10-19T22:30:00.000Z');
    expect(programmes[2].end).to.equal(undefined);
  });

  it('finds what is on air, with overlaps and zero-length programmes', () => {
    const { programmes } = schedule([
      { start: '2023-10-20T01:00:00Z', end: '2023-10-20T03:00:00Z', title: 'Long film' },
      { start: '2023-10-20T02:00:00Z', end: '2023-10-20T02:10:00Z', title: 'News break' },
      { start: '2023-10-20T02:30:00Z', end: '2023-10-20T02:30:00Z', title: 'Zero' },
    ]);
    expect(onAirIndex(programmes, at('2023-10-20T00:59:00Z'))).to.equal(-1);
    expect(onAirIndex(programmes, at('2023-10-20T01:30:00Z'))).to.equal(0);
    expect(onAirIndex(programmes, at('2023-10-20T02:05:00Z'))).to.equal(1);
    expect(onAirIndex(programmes, at('2023-10-20T02:15:00Z'))).to.equal(0);
    expect(onAirIndex(programmes, at('2023-10-20T02:30:00Z'))).to.equal(0);
    expect(onAirIndex(programmes, at('2023-10-20T03:00:00Z'))).to.equal(-1);
  });

  it('keeps a last open programme on air for three hours', () => {
    const { programmes } = schedule([{ start: '2023-10-20T02:07:00+03:00', title: 'Last' }]);
    expect(onAirIndex(programmes, at('2023-10-20T04:00:00+03:00'))).to.equal(0);
    expect(onAirIndex(programmes, at('2023-10-20T05:07:00+03:00'))).to.equal(-1);
    expect(progressOf(programmes[0], at('2023-10-20T03:00:00+03:00'))).to.equal(undefined);
  });

  it('measures progress and the minutes left', () => {
    const { programmes } = schedule([
      { start: '2023-10-20T01:10:00+03:00', end: '2023-10-20T01:30:00+03:00', title: 'A' },
    ]);
    expect(progressOf(programmes[0], at('2023-10-20T01:15:00+03:00'))).to.equal(0.25);
    expect(minutesLeft(programmes[0], at('2023-10-20T01:15:00+03:00'))).to.equal(15);
    expect(minutesLeft(programmes[0], at('2023-10-20T01:29:30+03:00'))).to.equal(1);
  });

  it('skips programmes without an offset, a title or a known rating, and counts them', () => {
    const { skipped, data } = parseSchedule(
      {
        channel,
        programmes: [
          { start: '2023-10-20T01:10:00', title: 'No offset' },
          { start: '2023-10-20T01:10:00+03:00' },
          { start: '2023-10-20T01:10:00+03:00', title: 'Bad rating', rating: '13+' },
          { start: 'yesterday', title: 'Not a date' },
          { start: '2023-10-20T01:10:00+03:00', title: 'Good', rating: '16+' },
        ],
      },
      'https://example.org/',
    );
    expect(skipped).to.equal(4);
    expect(data.programmes.map((p) => p.title)).to.deep.equal(['Good']);
  });

  it('parses 10 000 programmes without ends in linear time', () => {
    const start = at('2023-10-01T00:00:00Z');
    const programmes = Array.from({ length: 10_000 }, (_, i) => ({
      start: new Date(start + i * 5 * 60_000).toISOString(),
      title: `P${i}`,
    }));
    const { data } = parseSchedule({ channel, programmes }, 'https://example.org/');
    expect(data.programmes[9_998].end?.getTime()).to.equal(data.programmes[9_999].start.getTime());
  });
});
