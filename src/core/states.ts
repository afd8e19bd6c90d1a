import { css, html, type TemplateResult } from 'lit';
import type { FeedError } from './errors.js';
import type { CoreMessages } from './messages/en.js';

/** The element's light-DOM children: the host page's fallback, shown until the widget is ready. */
export const fallback = html`<div part="fallback"><slot></slot></div>`;

/** The fallback while loading: over the skeleton, so it adds nothing to the box. */
export const fallbackOver = html`<div part="fallback" class="over"><slot></slot></div>`;

/** A plain block as tall as `--_skeleton-height`, for elements that draw no shape of their own. */
export const skeletonBlock = html`<div class="bone block"></div>`;

/** The loading state: the element's skeleton shape, as tall as its content will be. */
export function renderLoading(messages: CoreMessages, shape: TemplateResult = skeletonBlock): TemplateResult {
  return html`<div part="loading" class="skeleton" aria-busy="true">
    <span class="visually-hidden">${messages.loading}</span>
    ${shape}
  </div>`;
}

export function renderError(messages: CoreMessages, error: FeedError, retry: () => void): TemplateResult {
  return html`<div part="error" class="state" role="status">
    <p>${messages.errors[error.code]}</p>
    <button part="retry" type="button" @click=${retry}>${messages.retry}</button>
  </div>`;
}

export function renderEmpty(text: string): TemplateResult {
  return html`<p part="empty" class="state" role="status">${text}</p>`;
}

export const stateStyles = css`
  /* The shimmer is a band moved by transform: composited, no repaint per frame. */
  .bone {
    position: relative;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .bone::after {
    content: '';
    position: absolute;
    inset: 0;
    background: linear-gradient(90deg, transparent, color-mix(in srgb, var(--_surface) 55%, transparent), transparent);
    transform: translateX(-100%);
    animation: nw-shimmer 1.6s linear infinite;
  }
  .bone.block {
    block-size: var(--nw-skeleton-height, var(--_skeleton-height, 6em));
  }
  @media (prefers-reduced-motion: reduce) {
    .bone::after {
      display: none;
    }
  }
  @keyframes nw-shimmer {
    to {
      transform: translateX(100%);
    }
  }
  .root {
    position: relative;
  }
  .over {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    max-inline-size: 100%;
    padding: 0.25em 0.5em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .state {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .state p {
    margin: 0 0 0.75em;
  }
  [part='retry'] {
    font: inherit;
    padding: 0.4em 1em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  [part='retry']:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
`;
