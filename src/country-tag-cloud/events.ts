import { EVENT_INIT } from '../core/events.js';
import type { Country } from './countries.normalize.js';

/** What `country-select` carries: the entry as given, with its shown name and link. */
export interface CountrySelectDetail extends Country {
  name: string;
  href?: string;
}

/** Fired when a country link is activated; `preventDefault()` stops the navigation. */
export class CountrySelectEvent extends CustomEvent<CountrySelectDetail> {
  constructor(detail: CountrySelectDetail) {
    super('country-select', { ...EVENT_INIT, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'country-select': CountrySelectEvent;
  }
}
