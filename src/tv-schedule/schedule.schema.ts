import * as z from 'zod/mini';
import { builtOnFirstUse } from '../core/validate.js';

// The channel's programme. Every instant carries its UTC offset, so a time means the same in
// every viewer's zone. Unknown fields are ignored (dropped as the feed is read).

export const RATINGS = ['0+', '6+', '12+', '16+', '18+'] as const;

export const scheduleSchemas = /* @__PURE__ */ builtOnFirstUse(() => {
  /** ISO 8601 date and time with a required offset (2023-10-20T01:10:00+03:00 or …Z), and a real one. */
  const instant = z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/),
    // No 25 o'clock, no 30 February. (A refinement, not a transform to Date: 0.4 KB less of zod.)
    z.refine((value) => !Number.isNaN(Date.parse(value)), { message: 'not a real time' }),
  );
  const text = z.optional(z.string());

  const ProgrammeSchema = z.object({
    start: instant,
    /** Absent: the programme ends when the next one starts. */
    end: z.optional(instant),
    title: z.string().check(z.regex(/\S/)),
    subtitle: text,
    description: text,
    category: text,
    rating: z.optional(z.enum(RATINGS)),
    url: text,
    image: text,
  });

  const ChannelSchema = z.object({
    id: z.string(),
    name: z.string(),
    /** The channel's own IANA zone. */
    timezone: z.string(),
    url: text,
  });

  /** The envelope; programmes are checked one by one (ProgrammeSchema). */
  const ScheduleEnvelopeSchema = z.object({ channel: ChannelSchema, programmes: z.array(z.unknown()) });

  return { ProgrammeSchema, ChannelSchema, ScheduleEnvelopeSchema };
});

export type ProgrammeInput = z.output<ReturnType<typeof scheduleSchemas>['ProgrammeSchema']>;
export type Rating = (typeof RATINGS)[number];
