import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../test/support/test-feed.js';

const sample = { title: 'Большая Азия', items: [{ id: '1', text: 'Первая новость', link: 'https://example.org/1' }] };

/**
 * The states every element shares, shown on the core's probe element until the real elements
 * have stories of their own.
 */
const meta: Meta = {
  title: 'Foundation/States',
  component: 'test-feed',
  render: (args) =>
    html`<div lang=${args.lang}>
      <test-feed theme=${args.theme} .data=${args.data}><a href="https://example.org/">Новости на сайте</a></test-feed>
    </div>`,
  args: { lang: 'ru', theme: 'light', data: sample },
  argTypes: {
    lang: { control: 'inline-radio', options: ['ru', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj;

export const Ready: Story = {};
export const Empty: Story = { args: { data: { title: 'Пусто', items: [] } } };
export const SchemaError: Story = { args: { data: 'not a feed' } };
export const English: Story = { args: { lang: 'en', data: 'not a feed' } };
export const Dark: Story = { args: { theme: 'dark' } };
