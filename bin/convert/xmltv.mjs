// An XMLTV guide to the TV schedule feed of one channel: its programmes in start order, times as
// ISO 8601 with their offset, texts in the language asked for, ratings in the feed's 0+ … 18+.
import { offsetMinutes, xmltvDate } from './dates.mjs';
import { attr, child, children, InputError, readXml, resolve, textOf } from './xml.mjs';

/** Thrown when the guide has several channels and none was chosen: exit 2 with the list. */
export class ChannelChoice extends Error {
  constructor(ids) {
    super(`the guide has ${ids.length} channels; choose one with --channel: ${ids.join(', ')}`);
    this.ids = ids;
  }
}

/** Age ratings the feed knows, from the systems that map onto them. */
const RATING_OF = {
  'TV-Y': '0+', 'TV-G': '0+', 'TV-Y7': '6+', 'TV-PG': '6+', 'TV-14': '16+', 'TV-MA': '18+',
  G: '0+', PG: '6+', 'PG-13': '12+', R: '16+', 'NC-17': '18+',
};
function ratingOf(node) {
  for (const rating of children(node, undefined, 'rating')) {
    const value = textOf(child(rating, undefined, 'value'));
    if (!value) continue;
    // RARS (Russia), FSK, PEGI and the like: a number of years.
    const years = /^(\d{1,2})\s*\+?$/.exec(value)?.[1];
    // Rounded up to the next age the feed knows: a 14 is 16+, never the laxer 12+.
    if (years !== undefined) return `${[0, 6, 12, 16, 18].find((y) => y >= Number(years)) ?? 18}+`;
    if (RATING_OF[value.toUpperCase()]) return RATING_OF[value.toUpperCase()];
  }
  return undefined;
}

/** The text in `lang` among an element's translations, else the first. */
function inLanguage(nodes, lang) {
  const chosen = (lang && nodes.find((n) => attr(n, 'lang') === lang)) ?? nodes[0];
  return textOf(chosen);
}

/** A fixed-offset IANA zone for a whole-hour offset in minutes (Etc/GMT signs are inverted). */
const zoneOf = (minutes) =>
  minutes === 0 ? 'UTC' : minutes % 60 === 0 && Math.abs(minutes) <= 14 * 60 ? `Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes) / 60}` : undefined;

/** One programme of the guide, or undefined without a readable start or a title. */
function programmeOf(node, base, lang) {
  const start = xmltvDate(attr(node, 'start'));
  const title = inLanguage(children(node, undefined, 'title'), lang);
  if (!start || !title) return undefined;
  return {
    start,
    end: xmltvDate(attr(node, 'stop')),
    title,
    subtitle: inLanguage(children(node, undefined, 'sub-title'), lang),
    description: inLanguage(children(node, undefined, 'desc'), lang),
    category: inLanguage(children(node, undefined, 'category'), lang),
    rating: ratingOf(node),
    url: resolve(textOf(child(node, undefined, 'url')), base),
    image: resolve(attr(child(node, undefined, 'icon'), 'src'), base),
  };
}

/**
 * Converts the guide at `source` for `options.channel` (required when the guide has several),
 * texts in `options.lang` (default: each element's first), `options.timezone` the channel's zone
 * (default: the programmes' own offset, when they share one, else UTC).
 */
export async function xmltvToSchedule(source, options = {}) {
  const channels = new Map();
  const programmes = new Map();
  const { url } = await readXml(source, {
    isRecord: (node, depth) => depth === 2 && (node.local === 'programme' || node.local === 'channel'),
    // Another channel's programme is never built.
    skip: (tag, depth) =>
      depth === 2 && options.channel !== undefined && tag.local === 'programme' && tag.attributes.channel?.value !== options.channel,
    // Each programme becomes its small object at once: the guide's trees are never held.
    onRecord(node, stack) {
      const id = attr(node, node.local === 'channel' ? 'id' : 'channel');
      if (!id) return;
      if (node.local === 'channel') channels.set(id, node);
      else if (!options.channel || id === options.channel) {
        // Relative links: against the guide's URL, else the channel's site.
        const base = stack[0].base ?? resolve(textOf(child(channels.get(id), undefined, 'url')), undefined);
        const programme = programmeOf(node, base, options.lang);
        if (programme) (programmes.get(id) ?? programmes.set(id, []).get(id)).push(programme);
      }
    },
    warn: options.warn,
    timeout: options.timeout,
  });
  const ids = [...new Set([...channels.keys(), ...programmes.keys()])];
  const id = options.channel ?? (ids.length === 1 ? ids[0] : undefined);
  if (!id) {
    if (ids.length === 0) throw new InputError(`${source}: no channel in the guide`);
    throw new ChannelChoice(ids);
  }
  if (!ids.includes(id)) throw new InputError(`${source}: no channel ${id}; the guide has ${ids.join(', ')}`);
  const channel = channels.get(id);
  const seen = new Set();
  const list = [];
  for (const programme of programmes.get(id) ?? []) {
    const key = JSON.stringify(programme);
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(programme);
  }
  list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const offsets = new Set(list.map((p) => offsetMinutes(p.start)));
  const timezone = options.timezone ?? (offsets.size === 1 ? zoneOf([...offsets][0]) : undefined) ?? 'UTC';
  return JSON.parse(
    JSON.stringify({
      channel: {
        id,
        name: inLanguage(children(channel, undefined, 'display-name'), options.lang) ?? id,
        timezone,
        url: resolve(textOf(child(channel, undefined, 'url')), url),
      },
      programmes: list,
    }),
  );
}
