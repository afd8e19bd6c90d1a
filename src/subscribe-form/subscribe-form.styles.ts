import { css } from 'lit';

export const formStyles = css`
  form {
    display: grid;
    gap: 0.75em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .heading {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .description {
    margin: 0;
    color: var(--_muted);
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  input[type='email'] {
    flex: 1 1 14em;
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
    min-block-size: 1.5em;
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
