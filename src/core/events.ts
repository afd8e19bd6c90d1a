import type { FeedErrorCode } from './errors.js';

export interface WidgetLoadDetail<T = unknown> {
  /** The validated feed. */
  data: T;
  /** How many invalid items were dropped. */
  skipped: number;
}

export interface WidgetErrorDetail {
  code: FeedErrorCode;
  /** A technical description for developers; the reader sees a localized sentence. */
  message: string;
  /** The HTTP status, for `http` errors. */
  status?: number;
}

/** Every event the elements fire crosses shadow roots to reach the host page. */
export const EVENT_INIT = { bubbles: true, composed: true } as const;

/** Fired when a feed has been loaded, validated and rendered. */
export class WidgetLoadEvent<T = unknown> extends CustomEvent<WidgetLoadDetail<T>> {
  constructor(detail: WidgetLoadDetail<T>) {
    super('widget-load', { ...EVENT_INIT, detail });
  }
}

/** Fired when a feed could not be shown (or a refresh failed while the old content stays). */
export class WidgetErrorEvent extends CustomEvent<WidgetErrorDetail> {
  constructor(detail: WidgetErrorDetail) {
    super('widget-error', { ...EVENT_INIT, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'widget-load': WidgetLoadEvent;
    'widget-error': WidgetErrorEvent;
  }
}
