import { css } from 'lit';

/**
 * The public `--nw-` tokens, read once on :host into private `--_` ones that every rule uses.
 * Light and dark come from `light-dark()`: the viewer's scheme, or `theme="light|dark"`.
 * Sizes are in em of `.root`, whose size is ours: neither `html { font-size }` nor `* { font: inherit }`
 * on the host page can shrink the widget.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_font: var(--nw-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--nw-font-size, 16px);
    --_text: var(--nw-text, light-dark(#1c1e22, #e8e9ec));
    --_muted: var(--nw-muted, light-dark(#5d6470, #a2a8b3));
    --_accent: var(--nw-accent, light-dark(#b3261e, #ff8a80));
    --_surface: var(--nw-surface, light-dark(#ffffff, #16181c));
    --_border: var(--nw-border, light-dark(#dde1e6, #343840));
    --_skeleton: var(--nw-skeleton, light-dark(#eceef1, #24272d));
    --_radius: var(--nw-radius, 0.5em);
    --_space: var(--nw-space, 1em);
    display: block;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Inherited properties are set here, not on :host, where any host page rule would win. */
  .root {
    font: 400 var(--_font-size) / 1.5 var(--_font);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Our own layout rules must not bring back what a template hides. */
  [hidden] {
    display: none !important;
  }
  /* Pinned to the corner of its positioned ancestor: at its static place, inside a one-line box
     whose overflow is hidden, it would still stretch the page sideways. */
  .visually-hidden {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
