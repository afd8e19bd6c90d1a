import { array, type Infer, object, oneOf, string, unknown } from '../core/schema.js';

// The channel's programme. Every instant carries its UTC offset, so a time means the same in
// every viewer's zone. Unknown fields are ignored.

/** ISO 8601 date and time with a required offset: 2023-10-20T01:10:00+03:00 or …Z. */
const instant = string({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$',
});
const text = string();

export const RATINGS = ['0+', '6+', '12+', '16+', '18+'] as const;

export const ProgrammeSchema = object(
  {
    start: instant,
    /** Absent: the programme ends when the next one starts. */
    end: instant,
    title: string({ pattern: '\\S' }),
    subtitle: text,
    description: text,
    category: text,
    rating: oneOf(RATINGS),
    url: text,
    image: text,
  },
  ['start', 'title'],
);

export const ChannelSchema = object(
  {
    id: text,
    name: text,
    /** The channel's own IANA zone. */
    timezone: text,
    url: text,
  },
  ['id', 'name', 'timezone'],
);

export const ScheduleSchema = object({ channel: ChannelSchema, programmes: array(unknown()) }, [
  'channel',
  'programmes',
]);

export type ProgrammeInput = Infer<typeof ProgrammeSchema>;
export type Rating = (typeof RATINGS)[number];
