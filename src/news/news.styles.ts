import { css } from 'lit';

/** The card layout shared by <news-card> and <news-feed>. Logical properties only, so RTL just works. */
export const newsStyles = css`
  /* Skeleton lines as tall as the text they stand for. */
  .line {
    block-size: 1.1em;
    margin-block: 0.2em;
  }
  .line.title {
    block-size: 1.25em;
  }
  .line.short {
    inline-size: 60%;
  }
  .line.meta {
    inline-size: 45%;
    block-size: 0.9em;
  }
  .line.more {
    inline-size: 8em;
  }
  .skeleton-card {
    container-type: inline-size;
  }
  .line.narrow {
    display: none;
  }
  @container (max-width: 26em) {
    .line.narrow {
      display: block;
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card.headline {
    gap: 0.25em;
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
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .views > span[aria-hidden] {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  /* The picture leads visually; the title leads for screen readers. */
  .figure {
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
  .credit {
    /* Lines up with the card's text: the card's spacing, at this smaller font size. */
    padding: 0.35em calc(var(--_space) / 0.75) 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  .summary {
    margin: 0;
  }
  .more {
    align-self: flex-start;
    font-weight: 600;
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
