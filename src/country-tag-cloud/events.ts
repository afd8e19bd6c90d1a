import { EVENT_INIT } from '../core/events.js';
import type { Country } from './countries.normalize.js';

/** What `country-select` carries: the entry as given, with its shown name and link. */
export interface CountrySelectDetail extends Country {
  name: string;
  /** The link, absolute. */
  href?: string;
  /**
   * The link as a router takes it: path, query and hash when it is on the page's origin
   * (`/country/japan`), else the whole URL.
   */
  path?: string;
}

/** `href` as a path on the page's own origin, else as it is. */
export function pathOf(href: string): string {
  const url = new URL(href);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : href;
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
