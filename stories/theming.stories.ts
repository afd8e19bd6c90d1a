import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { feeds } from './support/frame.js';

/** The public `--nw-` tokens, live: change a control and every widget follows. */
interface Tokens {
  font: string;
  fontSize: number;
  text: string;
  muted: string;
  accent: string;
  surface: string;
  border: string;
  radius: number;
  space: number;
}

const meta: Meta<Tokens> = {
  title: 'Guides/Theming',
  render: (tokens, { globals }) =>
    html`<div
      style=${styleMap({
        '--nw-font': tokens.font,
        '--nw-font-size': `${tokens.fontSize}px`,
        '--nw-text': tokens.text,
        '--nw-muted': tokens.muted,
        '--nw-accent': tokens.accent,
        '--nw-surface': tokens.surface,
        '--nw-border': tokens.border,
        '--nw-radius': `${tokens.radius}px`,
        '--nw-space': `${tokens.space}px`,
        display: 'grid',
        gap: '16px',
        gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
        alignItems: 'start',
      })}
    >
      <news-card theme=${globals.theme} src=${feeds.news}></news-card>
      <tv-schedule theme=${globals.theme} timezone="Europe/Moscow" .now=${new Date('2023-10-20T01:15:00+03:00')} src=${feeds.tvSchedule}></tv-schedule>
      <country-tag-cloud theme=${globals.theme} href-template="https://example.org/country/{slug}" src=${feeds.countries}></country-tag-cloud>
      <subscribe-form theme=${globals.theme} consent privacy-url="https://example.org/privacy" action="/__storybook/subscribe/pending"></subscribe-form>
    </div>`,
  args: {
    font: "Georgia, 'Times New Roman', serif",
    fontSize: 16,
    text: '#1c1e22',
    muted: '#5d6470',
    accent: '#0b5cab',
    surface: '#ffffff',
    border: '#dde1e6',
    radius: 4,
    space: 16,
  },
  argTypes: {
    text: { control: 'color' },
    muted: { control: 'color' },
    accent: { control: 'color' },
    surface: { control: 'color' },
    border: { control: 'color' },
    fontSize: { control: { type: 'range', min: 12, max: 22 } },
    radius: { control: { type: 'range', min: 0, max: 24 } },
    space: { control: { type: 'range', min: 8, max: 32 } },
  },
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const Live: StoryObj<Tokens> = {};
/** No tokens set: the defaults, in the toolbar's theme. */
export const Defaults: StoryObj<Tokens> = {
  render: (_tokens, { globals }) => html`<news-card theme=${globals.theme} src=${feeds.news}></news-card>`,
};
