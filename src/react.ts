// React components for the five elements, via @lit/react: props set properties (so `data` and
// `now` take objects), `on…` props listen to the elements' events with their detail typed.
// Importing this module defines the elements; React itself is the app's own (an optional peer).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { WidgetErrorEvent, WidgetLoadEvent } from './core/events.js';
import type { CountrySelectEvent } from './country-tag-cloud/events.js';
import { CountryTagCloudElement } from './country-tag-cloud.js';
import { NewsCardElement } from './news-card.js';
import { NewsFeedElement } from './news-feed.js';
import type { SubscribeErrorEvent, SubscribeSubmitEvent, SubscribeSuccessEvent } from './subscribe-form/events.js';
import { SubscribeFormElement } from './subscribe-form.js';
import { TvScheduleElement } from './tv-schedule.js';

const feedEvents = {
  onWidgetLoad: 'widget-load' as EventName<WidgetLoadEvent>,
  onWidgetError: 'widget-error' as EventName<WidgetErrorEvent>,
};

const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
  tagName: string,
  elementClass: new () => I,
  events: E,
) =>
  createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    // news-card → NewsCard, as React DevTools shows it; class names do not survive minifying.
    displayName: tagName.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase()),
  });

export const NewsCard = wrap('news-card', NewsCardElement, feedEvents);
export const NewsFeed = wrap('news-feed', NewsFeedElement, feedEvents);
export const TvSchedule = wrap('tv-schedule', TvScheduleElement, feedEvents);
export const CountryTagCloud = wrap('country-tag-cloud', CountryTagCloudElement, {
  ...feedEvents,
  onCountrySelect: 'country-select' as EventName<CountrySelectEvent>,
});
export const SubscribeForm = wrap('subscribe-form', SubscribeFormElement, {
  onSubscribeSubmit: 'subscribe-submit' as EventName<SubscribeSubmitEvent>,
  onSubscribeSuccess: 'subscribe-success' as EventName<SubscribeSuccessEvent>,
  onSubscribeError: 'subscribe-error' as EventName<SubscribeErrorEvent>,
});
