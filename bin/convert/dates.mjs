// Dates as the feeds write them, to ISO 8601 with the offset they were given in (a reader's
// "19:00 in Moscow" stays 19:00+03:00, not 16:00Z).

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** RFC 822's zone names. */
const ZONES = { ut: 0, utc: 0, gmt: 0, z: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 };

const two = (n) => String(n).padStart(2, '0');
const offsetText = (minutes) =>
  minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${two(Math.floor(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`;

/** A wall time and its offset as ISO 8601, if it is a real time; `fraction` (".123") kept as written. */
function iso(year, month, day, hour, minute, second, offset, fraction = '') {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  const check = new Date(utc + offset * 60_000);
  if (Number.isNaN(utc) || check.getUTCDate() !== day || check.getUTCMonth() !== month - 1 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction}${offsetText(offset)}`;
}

/** `+0300`, `-05:30`, `GMT`, `EST`, `Z` as minutes east of UTC; undefined when unreadable. */
function offsetOf(zone) {
  if (!zone) return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const named = ZONES[zone.toLowerCase()];
  return named === undefined ? undefined : named * 60;
}

/** RSS's dates (RFC 822: `Thu, 19 Oct 2023 10:00:00 +0300`), and ISO 8601 ones (Atom, dc:date). */
export function feedDate(text) {
  const value = text?.trim();
  if (!value) return undefined;
  const rfc = /^(?:\w{3},\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,4})?$/.exec(value);
  if (rfc) {
    const month = MONTHS[rfc[2].toLowerCase()];
    const year = Number(rfc[3]) < 100 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
    const offset = rfc[7] === undefined ? 0 : offsetOf(rfc[7]);
    if (!month || offset === undefined) return undefined;
    return iso(year, month, Number(rfc[1]), Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0), offset);
  }
  const w3c = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
  if (w3c) {
    const offset = w3c[8] === undefined ? 0 : offsetOf(w3c[8].toUpperCase());
    if (offset === undefined) return undefined;
    const [year, month, day, hour, minute, second] = w3c.slice(1, 7).map((part) => Number(part ?? 0));
    return iso(year, month, day, hour, minute, second, offset, w3c[7]);
  }
  return undefined;
}

/** XMLTV's `YYYYMMDDhhmmss ±hhmm` (seconds, minutes and the offset optional; no offset is UTC). */
export function xmltvDate(text) {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?\s*([+-]\d{4})?$/.exec(text?.trim() ?? '');
  if (!match) return undefined;
  const offset = match[7] === undefined ? 0 : offsetOf(match[7]);
  const [, year, month, day, hour = 0, minute = 0, second = 0] = match.map((part, i) => (i > 0 && i < 7 && part !== undefined ? Number(part) : part));
  return iso(year, month, day, hour, minute, second, offset);
}

/** The offset, in minutes, an ISO time from this module carries. */
export const offsetMinutes = (isoText) => offsetOf(isoText.slice(19)) ?? 0;
