// <CountryTagCloud>: `news-widgets/react/country-tag-cloud.js` loads this element's code alone, and defines it.
import type { EventName } from '@lit/react';
import type { CountrySelectEvent } from '../country-tag-cloud/events.js';
import { CountryTagCloudElement } from '../country-tag-cloud.js';
import { feedEvents, wrap } from './wrap.js';

export const CountryTagCloud = wrap('country-tag-cloud', CountryTagCloudElement, {
  ...feedEvents,
  onCountrySelect: 'country-select' as EventName<CountrySelectEvent>,
});
