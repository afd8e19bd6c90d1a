import { html, fixture as mount, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * Renders `template` inside a fresh container and returns its `tag` element once it has settled:
 * loaded (or failed) and rendered.
 */
export async function renderWidget<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  template: TemplateResult,
  tag: string,
): Promise<T> {
  const wrapper = await mount<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector(tag) as T;
  if (el.getAttribute('status') === 'loading') {
    await Promise.race([oneEvent(el, 'widget-load'), oneEvent(el, 'widget-error')]);
  }
  await el.updateComplete;
  return el;
}
