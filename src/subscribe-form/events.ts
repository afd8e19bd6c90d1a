import { EVENT_INIT } from '../core/events.js';
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

/** Fired before sending; `preventDefault()` means the host sends the payload itself. */
export class SubscribeSubmitEvent extends CustomEvent<SubscribePayload> {
  constructor(detail: SubscribePayload) {
    super('subscribe-submit', { ...EVENT_INIT, cancelable: true, detail });
  }
}

/** The endpoint accepted the address (subscribed, pending confirmation, or already subscribed). */
export class SubscribeSuccessEvent extends CustomEvent<Outcome> {
  constructor(detail: Outcome) {
    super('subscribe-success', { ...EVENT_INIT, detail });
  }
}

/** The sign-up failed; the typed address is kept. */
export class SubscribeErrorEvent extends CustomEvent<Outcome> {
  constructor(detail: Outcome) {
    super('subscribe-error', { ...EVENT_INIT, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'subscribe-submit': SubscribeSubmitEvent;
    'subscribe-success': SubscribeSuccessEvent;
    'subscribe-error': SubscribeErrorEvent;
  }
}
