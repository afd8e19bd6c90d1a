import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/news-feed.js';
import { type FrameArgs, feeds, frame, frameArgs, frameArgTypes } from './support/frame.js';
import { sampleNews } from './support/sample-news.js';
import { failsOnce } from './support/story-routes.js';

interface Args extends FrameArgs {
  src?: string;
  data?: unknown;
  variant: 'headline' | 'summary' | 'full';
  limit: number;
  timeout?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/news-feed',
  component: 'news-feed',
  render: (args, { globals }) =>
    frame(
      args.width,
      html`<news-feed
        src=${ifDefined(args.src)}
        .data=${args.data}
        variant=${args.variant}
        limit=${args.limit}
        theme=${globals.theme}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://example.org/">Все новости «Большой Азии»</a>
      </news-feed>`,
    ),
  args: { ...frameArgs, src: feeds.news, variant: 'summary', limit: 10 },
  argTypes: { ...frameArgTypes, variant: { control: 'inline-radio', options: ['headline', 'summary', 'full'] } },
};
export default meta;

type Story = StoryObj<Args>;

export const Sample: Story = {};
/** A "latest news" sidebar column: many items built from the sample article. */
export const LatestNewsColumn: Story = {
  args: { src: undefined, data: sampleNews(12), variant: 'headline', limit: 8, width: 300 },
};
export const SummaryList: Story = { args: { src: undefined, data: sampleNews(6), limit: 3 } };
export const English: Story = {
  globals: { lang: 'en' },
  args: { src: undefined, data: sampleNews(6), variant: 'headline', width: 300 },
};
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { src: undefined, data: sampleNews(6), variant: 'headline', width: 300 },
};
export const RightToLeft: Story = {
  globals: { lang: 'en', dir: 'rtl' },
  args: { src: undefined, data: sampleNews(3), limit: 3 },
};
export const Loading: Story = {
  args: { src: feeds.hanging, timeout: 3600, variant: 'headline', limit: 5, width: 300 },
};
/** The feed fails (404) the first time: the error with its Retry button, which then works. */
export const ErrorState: Story = { name: 'Error', args: { src: failsOnce('news-feed-error', feeds.news) } };
export const Empty: Story = { args: { src: undefined, data: sampleNews(0) } };
/**
 * A thousand items, to judge scrolling and rendering. The a11y check covers the widget and its
 * first 20 items: the other 980 repeat the same template, and checking them took axe 7 s.
 */
export const Thousand: Story = {
  args: { src: undefined, data: sampleNews(1000), variant: 'headline', limit: 1000 },
  parameters: {
    a11y: {
      context: { include: ['#storybook-root'], exclude: [{ fromShadowDom: ['news-feed', 'li:nth-child(n+21)'] }] },
    },
  },
};
export const Narrow: Story = { args: { src: undefined, data: sampleNews(3), limit: 3, width: 240 } };
export const Wide: Story = { args: { src: undefined, data: sampleNews(3), limit: 3, width: 1200 } };
