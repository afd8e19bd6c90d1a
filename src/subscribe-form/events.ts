import type { Outcome } from './outcome.js';

/** What the form sends. */
export interface SubscribePayload {
  email: string;
  list?: string;
  consent?: boolean;
  locale: string;
  /** The page the reader subscribed on. */
  source: string;
}

const init = { bubbles: true, composed: true } as const;

/** Fired before sending; `preventDefault()` means the host sends the payload itself. */
export class SubscribeSubmitEvent extends CustomEvent<SubscribePayload> {
  constructor(detail: SubscribePayload) {
    super('subscribe-submit', { ...init, cancelable: true, detail });
  }
}

/** The endpoint accepted the address (subscribed, pending confirmation, or already subscribed). */
export class SubscribeSuccessEvent extends CustomEvent<Outcome> {
  constructor(detail: Outcome) {
    super('subscribe-success', { ...init, detail });
  }
}

/** The sign-up failed; the typed address is kept. */
export class SubscribeErrorEvent extends CustomEvent<Outcome> {
  constructor(detail: Outcome) {
    super('subscribe-error', { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'subscribe-submit': SubscribeSubmitEvent;
    'subscribe-success': SubscribeSuccessEvent;
    'subscribe-error': SubscribeErrorEvent;
  }
}
