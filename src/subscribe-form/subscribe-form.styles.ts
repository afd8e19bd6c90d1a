import { css } from 'lit';

/*
 * The form's box does not move: the heading keeps two lines and the description two (clamped),
 * the email row stays one line at any width, the status line is always there, and after success
 * the fields keep their place. news-widgets.css gives an undefined form the same box.
 */
export const formStyles = css`
  form {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    --_lines: 2;
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .description {
    --_lines: 2;
    margin: 0;
    line-height: 1.5;
    color: var(--_muted);
  }
  .heading,
  .description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
    block-size: calc(var(--_lines) * 1lh);
  }
  /* Subscribed: the message takes the fields' place, and an empty box keeps the status lines'. */
  .done .fields {
    visibility: hidden;
  }
  .done :is(.fields, .status) {
    grid-area: 3 / 1;
    align-self: start;
  }
  .done::after {
    content: '';
    block-size: 2lh;
  }
  .fields {
    display: grid;
    gap: 0.75em;
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label {
    font-weight: 600;
  }
  label,
  .row {
    line-height: 1.5;
  }
  .row {
    display: flex;
    gap: 0.5em;
  }
  /* The row is one line at any width, and needs no more than the button's own width. */
  input[type='email'] {
    flex: 1 1 0;
    inline-size: 0;
    min-inline-size: 0;
    font: inherit;
    padding: 0.55em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  button {
    flex: none;
    font: inherit;
    font-weight: 600;
    padding: 0.55em 1.2em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .consent {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    font-weight: 400;
    font-size: 0.9em;
  }
  .consent input {
    margin-block-start: 0.25em;
    accent-color: var(--_accent);
  }
  .error {
    margin: 0;
    font-size: 0.9em;
    color: var(--_error);
  }
  .status {
    margin: 0;
    line-height: 1.5;
    /* Two lines: every answer fits in them from about 320 px up, so an answer does not move the page. */
    min-block-size: 2lh;
  }
  .status.failure {
    color: var(--_error);
  }
  /* The honeypot: out of sight and out of the tab order; people never fill it, robots do. */
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  :host {
    --_error: var(--nw-error, light-dark(#b3261e, #ffb4ab));
  }
`;
