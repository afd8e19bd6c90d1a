import { css } from 'lit';

/** The card layout shared by <news-card> and <news-feed>. Logical properties only, so RTL just works. */
export const newsStyles = css`
  /*
   * Headline and summary cards have a fixed box: the photo's ratio, title and summary clamped to
   * a set number of lines and reserving them, one meta line and one "read more" line, whatever the
   * item holds. The skeleton is the same card with bones in those boxes, and news.box.ts gives an
   * element the same box before its script has run, so nothing on the page moves.
   */
  .card {
    --_title-lines: 3;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.headline {
    --_title-lines: 2;
    gap: 0.25em;
  }
  .blank {
    visibility: hidden;
  }
  .title {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
  }
  .full .title {
    font-size: 1.5em;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .meta {
    display: flex;
    align-items: center;
    gap: 0 1em;
    min-inline-size: 0;
    margin: 0;
    font-size: 0.85em;
    line-height: 1.5;
    color: var(--_muted);
    white-space: nowrap;
  }
  /* The date and the views stay whole on a narrow card; the source gives way, with an ellipsis. */
  .meta > * {
    flex: none;
  }
  .meta > .source {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .views > span[aria-hidden] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .summary {
    margin: 0;
    line-height: 1.5;
  }
  /* Clamped text keeps its lines, filled or not. */
  .card:not(.full) :is(.title, .summary) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    block-size: calc(var(--_lines) * 1lh);
  }
  .card:not(.full) .title {
    --_lines: var(--_title-lines);
  }
  .summary {
    --_lines: 3;
  }
  /* A full article grows anyway: its meta wraps rather than widen a partner's grid column. */
  .full .meta {
    flex-wrap: wrap;
    white-space: normal;
  }
  /* One line, as wide as the card and no wider: it never widens a partner's grid column. */
  .card:not(.full) .meta {
    overflow: hidden;
    block-size: 1lh;
    inline-size: 0;
    min-inline-size: 100%;
  }
  /* Inside clamped boxes a focus ring would be cut off: draw it inside. */
  .title a:focus-visible {
    outline-offset: -2px;
  }
  /* The picture leads visually; the title leads for screen readers. */
  .figure {
    position: relative;
    order: -1;
    margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) 0;
  }
  .frame {
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: var(--_skeleton);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .frame img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* On the photo, so a credit never changes the card's height. */
  .credit {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 0;
    padding: 0.3em calc(var(--_space) / 0.75);
    font-size: 0.75em;
    line-height: 1.4;
    color: #fff;
    background: rgb(0 0 0 / 0.62);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .more {
    align-self: flex-start;
    block-size: 1lh;
    line-height: 1.5;
    font-weight: 600;
  }
  /* Skeleton bones, one per line, inside the same boxes. */
  .skeleton-card.card :is(.title, .summary) {
    display: flex;
    flex-direction: column;
    justify-content: space-around;
  }
  .line {
    block-size: 0.9em;
  }
  .line.short {
    inline-size: 60%;
  }
  .meta .line {
    inline-size: 45%;
  }
  .line.more {
    inline-size: 8em;
  }
  .skeleton-card .full-text .line {
    margin-block: 0.35em;
  }
  .body {
    font-size: 1.05em;
  }
  .body p,
  .body ul,
  .body ol,
  .body blockquote,
  .body figure {
    margin: 0 0 0.9em;
  }
  .body blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_accent);
    color: var(--_muted);
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .authors {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8em;
    color: var(--_muted);
  }
`;
