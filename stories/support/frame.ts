import type { ArgTypes } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { HANGING_FEED } from './story-routes.js';

/** Args every element story shares: language, theme, direction and width of the column. */
export interface FrameArgs {
  lang: 'ru' | 'en';
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  width: number;
}

export const frameArgs: FrameArgs = { lang: 'ru', theme: 'light', dir: 'ltr', width: 640 };

export const frameArgTypes: Partial<ArgTypes<FrameArgs>> = {
  lang: { control: 'inline-radio', options: ['ru', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark'] },
  dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  width: { control: { type: 'range', min: 200, max: 1200, step: 20 } },
};

/** A column of the given width and language; dark stories get a dark page behind them. */
export function frame(args: FrameArgs, content: TemplateResult): TemplateResult {
  return html`<div
    lang=${args.lang}
    dir=${ifDefined(args.dir === 'rtl' ? 'rtl' : undefined)}
    style=${styleMap({
      maxInlineSize: `${args.width}px`,
      padding: '16px',
      background: args.theme === 'dark' ? '#0e1013' : 'transparent',
    })}
  >
    ${content}
  </div>`;
}

/** Feed URLs served by Storybook (staticDirs): the sample feeds, one that fails, one that hangs. */
export const feeds = {
  news: '/feeds/news.json',
  tvSchedule: '/feeds/tv-schedule.json',
  countries: '/feeds/countries.json',
  missing: '/feeds/missing.json',
  hanging: HANGING_FEED,
};
