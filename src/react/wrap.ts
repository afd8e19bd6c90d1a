// The one way every React wrapper is made (@lit/react): props set properties, so `data` and `now`
// take objects; `on…` props listen to events with their detail typed. React is the app's own.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { WidgetErrorEvent, WidgetLoadEvent } from '../core/events.js';

/** The events of every feed-driven element. */
export const feedEvents = {
  onWidgetLoad: 'widget-load' as EventName<WidgetLoadEvent>,
  onWidgetError: 'widget-error' as EventName<WidgetErrorEvent>,
};

export const wrap = <I extends HTMLElement, E extends Record<string, EventName>>(
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
