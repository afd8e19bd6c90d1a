import '../core/jitless.js';
import * as z from 'zod/mini';

// The channel's programme. Every instant carries its UTC offset, so a time means the same in
// every viewer's zone. Unknown fields are ignored.

/** ISO 8601 date and time with a required offset: 2023-10-20T01:10:00+03:00 or …Z. */
const instant = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/));
const text = z.optional(z.string());

export const RATINGS = ['0+', '6+', '12+', '16+', '18+'] as const;

export const ProgrammeSchema = z.object({
  start: instant,
  /** Absent: the programme ends when the next one starts. */
  end: z.optional(instant),
  title: z.string().check(z.minLength(1)),
  subtitle: text,
  description: text,
  category: text,
  rating: z.optional(z.enum(RATINGS)),
  url: text,
  image: text,
});

export const ChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The channel's own IANA zone. */
  timezone: z.string(),
  url: text,
});

export const ScheduleSchema = z.object({
  channel: ChannelSchema,
  programmes: z.array(z.unknown()),
});

export type ProgrammeInput = z.infer<typeof ProgrammeSchema>;
export type Rating = (typeof RATINGS)[number];
