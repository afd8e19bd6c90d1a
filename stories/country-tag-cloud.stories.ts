import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/country-tag-cloud.js';
import { type FrameArgs, feeds, frame, frameArgs, frameArgTypes } from './support/frame.js';
import { weightedCountries } from './support/sample-countries.js';
import { failsOnce } from './support/story-routes.js';

interface Args extends FrameArgs {
  src?: string;
  data?: unknown;
  sort: 'alpha' | 'weight';
  hrefTemplate: string;
  selected?: string;
  steps: number;
  searchable: boolean;
  timeout?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/country-tag-cloud',
  component: 'country-tag-cloud',
  render: (args, { globals }) =>
    frame(
      args.width,
      html`<country-tag-cloud
        src=${ifDefined(args.src)}
        .data=${args.data}
        sort=${args.sort}
        href-template=${args.hrefTemplate}
        selected=${ifDefined(args.selected)}
        steps=${args.steps}
        ?searchable=${args.searchable}
        theme=${globals.theme}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://example.org/countries">Все страны</a>
      </country-tag-cloud>`,
    ),
  args: {
    ...frameArgs,
    src: feeds.countries,
    sort: 'alpha',
    hrefTemplate: 'https://example.org/country/{slug}',
    steps: 5,
    searchable: false,
  },
  argTypes: { ...frameArgTypes, sort: { control: 'inline-radio', options: ['alpha', 'weight'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The 51 countries of the publisher's page, in its order (no weights: all one size). */
export const Sample: Story = {};
export const Weighted: Story = { args: { src: undefined, data: weightedCountries() } };
export const ByWeight: Story = { args: { src: undefined, data: weightedCountries(), sort: 'weight' } };
export const Selected: Story = { args: { src: undefined, data: weightedCountries(), selected: 'china' } };
export const Sidebar: Story = { args: { src: undefined, data: weightedCountries(), width: 200 } };
export const FullWidthFooter: Story = { args: { src: undefined, data: weightedCountries(), width: 1200 } };
export const Searchable: Story = { args: { searchable: true } };
export const English: Story = { globals: { lang: 'en' }, args: { src: undefined, data: weightedCountries() } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { src: undefined, data: weightedCountries() } };
export const RightToLeft: Story = {
  globals: { lang: 'en', dir: 'rtl' },
  args: { src: undefined, data: weightedCountries() },
};
export const Loading: Story = { args: { src: feeds.hanging, timeout: 3600 } };
/** The feed fails (404) the first time: the error with its Retry button, which then works. */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: failsOnce('country-tag-cloud-error', feeds.countries) },
};
export const Empty: Story = { args: { src: undefined, data: [] } };
