import { css } from 'lit';

export const scheduleStyles = css`
  :host {
    --_on-air: var(--nw-on-air, var(--_accent));
  }
  /*
   * One fixed box in every state (loading, a few rows, many, empty, failed): the schedule scrolls
   * inside it. The 'upcoming' strip is exactly its rows: a day heading, N + 1 one-line rows and the
   * on-air line (schedule.box.ts gives an element the same box before its script has run).
   */
  .root {
    --_day: calc(2.375em + 1px);
    --_row: calc(2.7em + 1px);
    --_live: 1.525em;
    display: flex;
    flex-direction: column;
    block-size: var(--nw-schedule-height, 30em);
  }
  .root.strip {
    block-size: calc(1px + var(--_day) + var(--_rows) * var(--_row) + var(--_live));
  }
  .root > * {
    flex: 1;
    min-block-size: 0;
  }
  .skeleton {
    display: flex;
    flex-direction: column;
  }
  .skeleton .bone {
    flex: 1;
  }
  .scroller {
    container-type: inline-size;
    overflow-y: auto;
    /* Scrolling the schedule never scrolls the host page. */
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .day {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    margin: 0;
    padding: 0.5em var(--_space);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
    font-size: 0.95em;
    font-weight: 700;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: 4.5em 1fr auto;
    gap: 0.25em 0.75em;
    align-items: baseline;
    padding: 0.6em var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  ol > .row:last-child {
    border-block-end: 0;
  }
  .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .info {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    min-inline-size: 0;
  }
  .title a {
    color: inherit;
  }
  .subtitle,
  .category {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .rating {
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 0.3em;
    font-size: 0.75em;
    font-weight: 700;
    color: var(--_muted);
  }
  [part~=past] {
    color: var(--_muted);
  }
  [part~=on-air] {
    background: color-mix(in srgb, var(--_on-air) 8%, var(--_surface));
    box-shadow: inset 3px 0 0 var(--_on-air);
  }
  :host(:dir(rtl)) [part~=on-air] {
    box-shadow: inset -3px 0 0 var(--_on-air);
  }
  .live {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    margin-block-start: 0.25em;
    font-size: 0.85em;
  }
  .badge {
    padding: 0 0.45em;
    border-radius: 0.3em;
    background: var(--_on-air);
    color: var(--_surface);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  progress {
    flex: 1 1 6em;
    max-inline-size: 12em;
    block-size: 0.4em;
    appearance: none;
    border: 0;
    border-radius: 1em;
    background: var(--_border);
    overflow: hidden;
    accent-color: var(--_on-air);
  }
  progress::-webkit-progress-bar {
    background: var(--_border);
  }
  progress::-webkit-progress-value {
    background: var(--_on-air);
  }
  progress::-moz-progress-bar {
    background: var(--_on-air);
  }
  /* A narrow sidebar: time and rating on one line, the title below at full width. */
  @container (max-width: 22em) {
    .row {
      grid-template-columns: auto 1fr;
      grid-template-areas: 'time rating' 'info info';
      padding-inline: 0.75em;
    }
    .time {
      grid-area: time;
    }
    .rating {
      grid-area: rating;
      justify-self: start;
    }
    .info {
      grid-area: info;
    }
  }
  .sentinel {
    block-size: 1px;
  }
  /* The strip's rows are one line each: title cut with an ellipsis, no subtitle or category. */
  .strip .row {
    grid-template-columns: 4.5em 1fr auto;
    grid-template-areas: none;
    block-size: var(--_row);
    overflow: hidden;
  }
  .strip [part~=on-air] {
    block-size: calc(var(--_row) + var(--_live));
  }
  .strip .row:last-child {
    block-size: calc(var(--_row) - 1px);
  }
  .strip [part~=on-air]:last-child {
    block-size: calc(var(--_row) - 1px + var(--_live));
  }
  .strip :is(.title, .day, .left) {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .strip :is(.subtitle, .category) {
    display: none;
  }
  /* The on-air line is a row of its own under the title, never wrapped: the row's height is fixed. */
  .strip .info {
    display: contents;
  }
  .strip .time {
    grid-area: 1 / 1;
  }
  .strip .title {
    grid-area: 1 / 2;
  }
  .strip .rating {
    grid-area: 1 / 3;
  }
  .strip .live {
    grid-area: 2 / 2 / 3 / 4;
    flex-wrap: nowrap;
    margin: 0;
    overflow: hidden;
    white-space: nowrap;
  }
  .strip .badge {
    flex: none;
  }
  /* A narrow strip: the time as wide as it needs, the on-air line across the whole row. */
  @container (max-width: 22em) {
    .strip .row {
      grid-template-columns: auto 1fr auto;
    }
    .strip .live {
      grid-column: 1 / 4;
    }
  }
`;
