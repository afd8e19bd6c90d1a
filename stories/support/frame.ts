import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { HANGING_FEED } from './story-routes.js';

/** The width of the column a story renders in; language, theme and direction are toolbar globals. */
export interface FrameArgs {
  width: number;
}

export const frameArgs: FrameArgs = { width: 640 };

export const frameArgTypes: Partial<ArgTypes<FrameArgs>> = {
  width: { control: { type: 'range', min: 200, max: 1200, step: 20 } },
};

/** A column of the given width. */
export function frame(width: number, content: TemplateResult): TemplateResult {
  return html`<div style=${styleMap({ maxInlineSize: `${width}px` })}>${content}</div>`;
}

/** Feed URLs served by Storybook (staticDirs) and by the preview's story routes. */
export const feeds = {
  news: '/feeds/news.json',
  tvSchedule: '/feeds/tv-schedule.json',
  countries: '/feeds/countries.json',
  /** 404: the error state. */
  missing: '/feeds/missing.json',
  /** Never answers: the loading state. */
  hanging: HANGING_FEED,
};
