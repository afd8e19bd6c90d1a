import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/subscribe-form.js';
import type { SubscribeFormElement } from '../src/subscribe-form/subscribe-form.js';
import { type FrameArgs, frame, frameArgs, frameArgTypes } from './support/frame.js';
import { SUBSCRIBE } from './support/story-routes.js';

interface Args extends FrameArgs {
  action: string;
  consent: boolean;
  heading?: string;
  description?: string;
  /** Filled in and sent by the story's play function, to reach a state. */
  email?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/subscribe-form',
  component: 'subscribe-form',
  render: (args, { globals }) =>
    frame(
      args.width,
      html`<subscribe-form
        action=${args.action}
        ?consent=${args.consent}
        privacy-url="https://example.org/privacy"
        heading=${ifDefined(args.heading)}
        description=${ifDefined(args.description)}
        theme=${globals.theme}
      ></subscribe-form>`,
    ),
  args: { ...frameArgs, width: 480, action: SUBSCRIBE.pending, consent: false },
  argTypes: { ...frameArgTypes, action: { control: 'select', options: Object.values(SUBSCRIBE) } },
  play: async ({ canvasElement, args }) => {
    if (args.email === undefined) return;
    const form = canvasElement.querySelector('subscribe-form') as SubscribeFormElement;
    await form.updateComplete;
    const root = form.shadowRoot as ShadowRoot;
    (root.querySelector('input[type="email"]') as HTMLInputElement).value = args.email;
    (root.querySelector('input[name="consent"]') as HTMLInputElement | null)?.click();
    (root.querySelector('button') as HTMLButtonElement).click();
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};
/** The publisher's own words, set by attribute. */
export const PublisherWords: Story = {
  args: {
    heading: 'Получайте лучшие новости от Большой Азии',
    description: 'Подпишитесь на рассылку последних новостей.',
    consent: true,
  },
};
export const WithConsent: Story = { args: { consent: true } };
export const FieldError: Story = { args: { email: 'not an address' } };
export const Sending: Story = { args: { action: SUBSCRIBE.hanging, email: 'reader@example.org' } };
export const CheckYourInbox: Story = { args: { email: 'reader@example.org' } };
export const Subscribed: Story = { args: { action: SUBSCRIBE.success, email: 'reader@example.org' } };
export const AlreadySubscribed: Story = { args: { action: SUBSCRIBE.exists, email: 'reader@example.org' } };
export const ServerFieldError: Story = { args: { action: SUBSCRIBE.invalid, email: 'reader@nomail.example' } };
export const TooManyAttempts: Story = { args: { action: SUBSCRIBE.limited, email: 'reader@example.org' } };
export const ServerError: Story = { args: { action: SUBSCRIBE.server, email: 'reader@example.org' } };
export const English: Story = { globals: { lang: 'en' }, args: { consent: true } };
export const EnglishError: Story = {
  globals: { lang: 'en' },
  args: { action: SUBSCRIBE.server, email: 'reader@example.org' },
};
export const Dark: Story = { globals: { theme: 'dark' }, args: { consent: true } };
export const DarkError: Story = {
  globals: { theme: 'dark' },
  args: { action: SUBSCRIBE.server, email: 'reader@example.org' },
};
export const Narrow: Story = { args: { width: 260, consent: true } };
export const RightToLeft: Story = { globals: { lang: 'en', dir: 'rtl' }, args: { consent: true } };
export const Wide: Story = { args: { width: 1200, consent: true } };
