import { css } from 'lit';

export const cloudStyles = css`
  :host {
    --_tag-min: var(--nw-tag-min-size, 0.85em);
    --_tag-max: var(--nw-tag-max-size, 1.6em);
    --_tag-gap: var(--nw-tag-gap, 0.4em 0.9em);
  }
  /*
   * One fixed box in every state (--nw-cloud-height, default 14em): the tags scroll inside it, the
   * search box stays on top. How many lines the tags take is known only once the feed is read, so a
   * box of their height would move the page.
   */
  .root {
    display: flex;
    flex-direction: column;
    block-size: var(--nw-cloud-height, 14em);
  }
  .root > *,
  nav {
    flex: 1;
    min-block-size: 0;
  }
  .skeleton,
  nav {
    display: flex;
    flex-direction: column;
  }
  .skeleton .bone {
    flex: 1;
  }
  .list {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    align-content: flex-start;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_tag-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    display: inline-block;
    line-height: 1.2;
    padding-block: 0.15em;
    text-decoration: none;
    color: var(--_text);
    font-size: calc(var(--_tag-min) + (var(--_tag-max) - var(--_tag-min)) * var(--_level) / 9);
  }
  a.tag {
    color: var(--_accent);
  }
  a.tag:hover {
    text-decoration: underline;
  }
  .tag[aria-current] {
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }
  .l0 { --_level: 0; }
  .l1 { --_level: 1; }
  .l2 { --_level: 2; }
  .l3 { --_level: 3; }
  .l4 { --_level: 4; }
  .l5 { --_level: 5; }
  .l6 { --_level: 6; }
  .l7 { --_level: 7; }
  .l8 { --_level: 8; }
  .l9 { --_level: 9; }
  .l7,
  .l8,
  .l9 {
    font-weight: 600;
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: 0.75em;
    font-size: 0.9em;
  }
  .search input {
    font: inherit;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    max-inline-size: 20em;
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
`;
