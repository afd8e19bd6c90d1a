import { dateTimeFormat, isTimeZone } from '../core/format.js';
import type { Programme } from './schedule.normalize.js';

/** How long a last programme with no end and no successor counts as on air. */
export const OPEN_END_MS = 3 * 60 * 60 * 1000;

/** The zone for `Intl`: undefined means the viewer's own (`local`, absent or unknown zones). */
export function zoneOf(timezone: string | undefined): string | undefined {
  if (!timezone || timezone === 'local') return undefined;
  return isTimeZone(timezone) ? timezone : undefined;
}

const dayCache = new Map<string, string>();
const BUCKET_MS = 15 * 60 * 1000;

/**
 * The calendar day of `date` in `zone`, as YYYY-MM-DD. Day boundaries fall on quarter hours in
 * every zone, so results are cached per quarter hour: a month of programmes costs a few thousand
 * Intl calls, not ten thousand.
 */
export function dayKey(date: Date, zone: string | undefined): string {
  const bucket = `${zone ?? ''}|${Math.floor(date.getTime() / BUCKET_MS)}`;
  let key = dayCache.get(bucket);
  if (!key) {
    key = dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
    dayCache.set(bucket, key);
  }
  return key;
}

/** When the programme stops being on air (its end, else three hours after it began). */
export const endOf = (programme: Programme): number =>
  programme.end ? programme.end.getTime() : programme.start.getTime() + OPEN_END_MS;

/**
 * The index of the programme on air at `now`, or -1. Programmes are sorted by start; with overlaps
 * the one that started last wins; a zero-length programme is never on air. Binary search, so 10 000
 * programmes cost nothing per tick.
 */
export function onAirIndex(programmes: readonly Programme[], now: number): number {
  let low = 0;
  let high = programmes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (programmes[middle].start.getTime() <= now) low = middle + 1;
    else high = middle;
  }
  // low is the first programme starting after now; look back for one still running.
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) {
    if (endOf(programmes[i]) > now && endOf(programmes[i]) > programmes[i].start.getTime()) return i;
  }
  return -1;
}

/** Share of the programme gone by at `now`, 0 to 1; undefined when its end is unknown. */
export function progressOf(programme: Programme, now: number): number | undefined {
  if (!programme.end) return undefined;
  const start = programme.start.getTime();
  const span = programme.end.getTime() - start;
  return span > 0 ? Math.min(1, Math.max(0, (now - start) / span)) : undefined;
}

/** Whole minutes left, rounded up, so "1 minute left" shows until the very end. */
export const minutesLeft = (programme: Programme, now: number): number | undefined =>
  programme.end ? Math.max(0, Math.ceil((programme.end.getTime() - now) / 60_000)) : undefined;
