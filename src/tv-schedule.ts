import { define } from './core/define.js';
import { TvScheduleElement } from './tv-schedule/tv-schedule.js';

export { TvScheduleElement };

define('tv-schedule', TvScheduleElement);

declare global {
  interface HTMLElementTagNameMap {
    'tv-schedule': TvScheduleElement;
  }
}
