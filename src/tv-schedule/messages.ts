import { countLabel } from '../core/format.js';
import { catalog } from '../core/messages.js';
import type { Rating } from './schedule.schema.js';

const en = {
  schedule: (channel: string) => `${channel}: TV schedule`,
  onAir: 'On air',
  left: (locale: string, minutes: number) => `${countLabel(locale, minutes, { one: 'minute', other: 'minutes' })} left`,
  progress: 'Progress',
  /** An empty `day`, named. */
  emptyDay: (day: string) => `Nothing on ${day}.`,
  rating: {
    '0+': 'suitable for all ages',
    '6+': 'for viewers over 6',
    '12+': 'for viewers over 12',
    '16+': 'for viewers over 16',
    '18+': 'adults only',
  } satisfies Record<Rating, string>,
  /** Day heading: Friday, October 20. */
  day: { weekday: 'long', month: 'long', day: 'numeric' } as Intl.DateTimeFormatOptions,
  /** Start time: 1:10 AM. */
  time: { hour: 'numeric', minute: '2-digit' } as Intl.DateTimeFormatOptions,
};

const ru: typeof en = {
  schedule: (channel) => `${channel}: программа передач`,
  onAir: 'В эфире',
  left: (locale, minutes) =>
    `ещё ${countLabel(locale, minutes, { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' })}`,
  progress: 'Прошло',
  emptyDay: (day) => `${day}: передач нет.`,
  rating: {
    '0+': 'для зрителей любого возраста',
    '6+': 'для зрителей старше 6 лет',
    '12+': 'для зрителей старше 12 лет',
    '16+': 'для зрителей старше 16 лет',
    '18+': 'только для взрослых',
  },
  // Пятница, 20 октября
  day: { weekday: 'long', month: 'long', day: 'numeric' },
  // 1:10, 13:05
  time: { hour: 'numeric', minute: '2-digit' },
};

export const scheduleMessages = catalog({ en, ru });
export type ScheduleMessages = typeof en;
