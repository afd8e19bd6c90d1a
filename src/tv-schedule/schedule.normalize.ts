import { safeUrl } from '../core/safe-url.js';
import { bounded, MAX } from '../core/text.js';
import { type Parsed, parseItems, parseStrict, type SkipReport } from '../core/validate.js';
import { type Rating, scheduleSchemas } from './schedule.schema.js';

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
  const { ProgrammeSchema, ScheduleEnvelopeSchema } = scheduleSchemas();
  const document = parseStrict(ScheduleEnvelopeSchema, input);
  const { items, skipped } = parseItems(ProgrammeSchema, document.programmes, 'programmes', report);
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
