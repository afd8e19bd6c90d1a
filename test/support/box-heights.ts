import { html, fixture as mount, oneEvent } from '@open-wc/testing';
import { uniqueKey } from './server.js';

export type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/**
 * The height of `tag` at `width` while loading (a feed that never answers) and with each of
 * `cases` as its data, settled; `make` sets it up (attributes, a fallback link, a clock), and
 * `inspect` may look at each settled element before it is removed.
 */
export async function boxHeights(
  tag: string,
  width: number,
  make: (el: Widget) => void,
  cases: Record<string, unknown>,
  inspect?: (name: string, el: Widget) => Promise<void> | void,
): Promise<Record<string, number>> {
  const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
  const create = () => {
    const el = document.createElement(tag) as Widget;
    make(el);
    return el;
  };
  const loading = create();
  loading.setAttribute('src', `/api/hang/${uniqueKey(`${tag}-box`)}`);
  box.append(loading);
  await loading.updateComplete;
  const found: Record<string, number> = { loading: loading.getBoundingClientRect().height };
  for (const [name, data] of Object.entries(cases)) {
    const el = create();
    el.data = data;
    const settled = Promise.race([oneEvent(el, 'widget-load'), oneEvent(el, 'widget-error')]);
    box.append(el);
    await settled;
    await el.updateComplete;
    found[name] = el.getBoundingClientRect().height;
    await inspect?.(name, el);
    el.remove();
  }
  return found;
}
