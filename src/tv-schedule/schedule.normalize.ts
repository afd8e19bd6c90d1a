import { safeUrl } from '../core/safe-url.js';
import { bounded, MAX } from '../core/text.js';
import { type Parsed, parseItems, parseItemsInSlices, parseStrict, type SkipReport } from '../core/validate.js';
import { type ProgrammeInput, type Rating, scheduleSchemas } from './schedule.schema.js';

export interface Programme {
  start: Date;
  /** The given end, else the next programme's start; undefined for a last programme without end. */
  end?: Date;
  title: string;
  subtitle?: string;
  description?: string;
  category?: string;
  rating?: Rating;
  url?: string;
  image?: string;
}

export interface Channel {
  id: string;
  name: string;
  timezone: string;
  url?: string;
}

export interface Schedule {
  channel: Channel;
  /** Sorted by start. */
  programmes: Programme[];
}

/** Validates a schedule: the channel strictly, programmes leniently; sorts them and fills in ends. */
export function parseSchedule(input: unknown, base: string, report?: SkipReport): Parsed<Schedule> {
  const document = parseEnvelope(input);
  const { ProgrammeSchema } = scheduleSchemas();
  return scheduleOf(document, parseItems(ProgrammeSchema, document.programmes, 'programmes', report), base);
}

/** More programmes than this (some 200 days of a channel) are read in slices, the page running between. */
export const SLICED_ABOVE = 10_000;

/** parseSchedule for the element: a huge schedule's programmes are checked a slice at a time. */
export function parseScheduleInSlices(input: unknown, base: string): Parsed<Schedule> | Promise<Parsed<Schedule>> {
  const document = parseEnvelope(input);
  const { ProgrammeSchema } = scheduleSchemas();
  const { programmes } = document;
  if (programmes.length <= SLICED_ABOVE)
    return scheduleOf(document, parseItems(ProgrammeSchema, programmes, 'programmes'), base);
  return parseItemsInSlices(ProgrammeSchema, programmes, 'programmes').then((read) => scheduleOf(document, read, base));
}

const parseEnvelope = (input: unknown) => parseStrict(scheduleSchemas().ScheduleEnvelopeSchema, input);

type Envelope = ReturnType<typeof parseEnvelope>;

/** The programmes read, sorted, with their ends filled in, and the channel. */
function scheduleOf(
  document: Envelope,
  { items, skipped }: { items: ProgrammeInput[]; skipped: number },
  base: string,
): Parsed<Schedule> {
  const programmes: Programme[] = items
    .map((item) => ({
      start: new Date(item.start),
      end: item.end ? new Date(item.end) : undefined,
      title: bounded(item.title, MAX.title) ?? '',
      subtitle: bounded(item.subtitle, MAX.title),
      description: bounded(item.description, MAX.summary),
      category: bounded(item.category, MAX.name),
      rating: item.rating,
      url: safeUrl(item.url, base),
      image: safeUrl(item.image, base),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  // A programme without end runs until the next one that starts after it.
  for (let i = 0; i < programmes.length; i++) {
    if (programmes[i].end) continue;
    let next = i + 1;
    while (next < programmes.length && programmes[next].start <= programmes[i].start) next++;
    programmes[i].end = programmes[next]?.start;
  }
  const channel = document.channel;
  return {
    data: {
      channel: { ...channel, name: bounded(channel.name, MAX.title) ?? '', url: safeUrl(channel.url, base) },
      programmes,
    },
    skipped,
  };
}
