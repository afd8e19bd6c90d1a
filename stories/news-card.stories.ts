import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/news-card.js';
import { type FrameArgs, feeds, frame, frameArgs, frameArgTypes } from './support/frame.js';
import { failsOnce } from './support/story-routes.js';

interface Args extends FrameArgs {
  src: string;
  variant: 'headline' | 'summary' | 'full';
  item?: string;
  timeout?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/news-card',
  component: 'news-card',
  render: (args, { globals }) =>
    frame(
      args.width,
      html`<news-card
        src=${args.src}
        variant=${args.variant}
        item=${ifDefined(args.item)}
        theme=${globals.theme}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://example.org/">Новости «Большой Азии»</a>
      </news-card>`,
    ),
  args: { ...frameArgs, src: feeds.news, variant: 'summary' },
  argTypes: { ...frameArgTypes, variant: { control: 'inline-radio', options: ['headline', 'summary', 'full'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The publisher's real article, as a partner page shows it. */
export const Sample: Story = {};
export const Headline: Story = { args: { variant: 'headline' } };
export const Full: Story = { args: { variant: 'full' } };
export const English: Story = { globals: { lang: 'en' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const DarkFull: Story = { globals: { theme: 'dark' }, args: { variant: 'full' } };
export const Narrow: Story = { args: { width: 260 } };
export const RightToLeft: Story = { globals: { lang: 'en', dir: 'rtl' } };
/** A feed that never answers: the skeleton, as tall as the card will be, and the fallback link. */
export const Loading: Story = { args: { src: feeds.hanging, timeout: 3600 } };
/** A feed that answers 404: the error with a Retry button, and the fallback link beside it. */
/** The feed fails (404) the first time: the error with its Retry button, which then works. */
export const ErrorState: Story = { name: 'Error', args: { src: failsOnce('news-card-error', feeds.news) } };
export const ErrorEnglish: Story = {
  globals: { lang: 'en' },
  args: { src: failsOnce('news-card-error-en', feeds.news) },
};
/** An `item` id the feed does not have. */
export const Empty: Story = { args: { item: 'no-such-item' } };
export const Wide: Story = { args: { width: 1200 } };
