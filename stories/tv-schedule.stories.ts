import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/tv-schedule.js';
import { type FrameArgs, feeds, frame, frameArgs, frameArgTypes } from './support/frame.js';
import { sampleSchedule } from './support/sample-schedule.js';
import { failsOnce } from './support/story-routes.js';

interface Args extends FrameArgs {
  src?: string;
  data?: unknown;
  timezone: string;
  now?: Date;
  day?: string;
  upcoming?: number;
  hidePast: boolean;
  timeout?: number;
}

/** 1:15 in Moscow on the sample night: the first programme is on air. */
const SAMPLE_NIGHT = new Date('2023-10-20T01:15:00+03:00');

const meta: Meta<Args> = {
  title: 'Elements/tv-schedule',
  component: 'tv-schedule',
  render: (args, { globals }) =>
    frame(
      args.width,
      html`<tv-schedule
        src=${ifDefined(args.src)}
        .data=${args.data}
        .now=${args.now}
        timezone=${args.timezone}
        day=${ifDefined(args.day)}
        upcoming=${ifDefined(args.upcoming)}
        ?hide-past=${args.hidePast}
        theme=${globals.theme}
        timeout=${ifDefined(args.timeout)}
      >
        <a href="https://example.org/tv">Программа передач на сайте</a>
      </tv-schedule>`,
    ),
  args: {
    ...frameArgs,
    width: 480,
    src: feeds.tvSchedule,
    timezone: 'Europe/Moscow',
    now: SAMPLE_NIGHT,
    hidePast: false,
  },
  argTypes: {
    ...frameArgTypes,
    timezone: { control: 'select', options: ['local', 'Europe/Moscow', 'UTC', 'Asia/Tokyo'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The publisher's four programmes of the night, at 1:15 Moscow time. */
export const SampleNight: Story = {};
export const InUtc: Story = { args: { timezone: 'UTC' } };
/** A full day, with the marker in the middle of a programme and the past dimmed. */
export const FullDay: Story = {
  args: { src: undefined, data: sampleSchedule(40), now: new Date('2023-10-20T13:20:00+03:00') },
};
export const HidePast: Story = { args: { ...FullDay.args, hidePast: true } };
/** A "now and next" strip for a sidebar. */
export const NowAndNext: Story = { args: { ...FullDay.args, upcoming: 2, width: 300 } };
export const TwoDays: Story = {
  args: { src: undefined, data: sampleSchedule(60, new Date('2023-10-19T20:00:00+03:00')), now: SAMPLE_NIGHT },
};
export const OneDay: Story = { args: { ...TwoDays.args, day: '2023-10-19' } };
export const EmptyDay: Story = { args: { day: '2023-12-31' } };
export const English: Story = { globals: { lang: 'en' }, args: { ...FullDay.args } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { ...FullDay.args } };
export const RightToLeft: Story = { globals: { lang: 'en', dir: 'rtl' } };
export const Loading: Story = { args: { src: feeds.hanging, timeout: 3600 } };
/** The feed fails (404) the first time: the error with its Retry button, which then works. */
export const ErrorState: Story = { name: 'Error', args: { src: failsOnce('tv-schedule-error', feeds.tvSchedule) } };
/** A month of a 24-hour channel: 10 000 programmes, rendered a window at a time. */
export const TenThousand: Story = {
  args: { src: undefined, data: sampleSchedule(10_000, new Date('2023-10-01T00:00:00+03:00')), now: SAMPLE_NIGHT },
};
export const Narrow: Story = { args: { ...FullDay.args, width: 220 } };
export const Wide: Story = { args: { ...FullDay.args, width: 1200 } };
