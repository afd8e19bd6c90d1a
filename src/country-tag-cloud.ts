import { define } from './core/define.js';
import { CountryTagCloudElement } from './country-tag-cloud/country-tag-cloud.js';

export { CountryTagCloudElement };

define('country-tag-cloud', CountryTagCloudElement);

declare global {
  interface HTMLElementTagNameMap {
    'country-tag-cloud': CountryTagCloudElement;
  }
}
