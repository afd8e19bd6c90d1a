// <TvSchedule>: `news-widgets/react/tv-schedule.js` loads this element's code alone, and defines it.
import { TvScheduleElement } from '../tv-schedule.js';
import { feedEvents, wrap } from './wrap.js';

export const TvSchedule = wrap('tv-schedule', TvScheduleElement, feedEvents);
