import { css, html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { FeedElement } from '../../src/core/feed-element.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { parseItems, parseStrict } from '../../src/core/validate.js';

const ItemSchema = z.object({ id: z.string(), text: z.string(), link: z.optional(z.string()) });
const EnvelopeSchema = z.object({ title: z.string(), items: z.array(z.unknown()) });

export type ProbeItem = z.output<typeof ItemSchema>;
export interface ProbeFeed {
  title: string;
  items: ProbeItem[];
}

export function parseProbe(input: unknown, base: string) {
  const envelope = parseStrict(EnvelopeSchema, input);
  const { items, skipped } = parseItems(ItemSchema, envelope.items, 'items');
  return {
    data: { title: envelope.title, items: items.map((item) => ({ ...item, link: safeUrl(item.link, base) })) },
    skipped,
  };
}

/**
 * The smallest element on the core: a title and a list of links. Exercises the core in tests and
 * shows its states in the demo and stories until the real elements exist.
 */
@customElement('test-feed')
export class TestFeedElement extends FeedElement<ProbeFeed> {
  static override styles = [
    ...FeedElement.styles,
    css`
      :host {
        --_skeleton-height: 7em;
      }
    `,
  ];

  constructor() {
    super(parseProbe);
  }

  protected override isEmpty(data: ProbeFeed): boolean {
    return data.items.length === 0;
  }

  protected override renderContent(data: ProbeFeed): TemplateResult {
    return html`<h2 part="title">${data.title}</h2>
      <ul>
        ${data.items.map(
          (item) =>
            html`<li part="item">
              ${item.link ? html`<a href=${item.link} target=${this.target} rel=${this.rel}>${item.text}</a>` : item.text}
            </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'test-feed': TestFeedElement;
  }
}
