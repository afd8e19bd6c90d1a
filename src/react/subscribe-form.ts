// <SubscribeForm>: `news-widgets/react/subscribe-form.js` loads this element's code alone, and defines it.
import type { EventName } from '@lit/react';
import type { SubscribeErrorEvent, SubscribeSubmitEvent, SubscribeSuccessEvent } from '../subscribe-form/events.js';
import { SubscribeFormElement } from '../subscribe-form.js';
import { wrap } from './wrap.js';

export const SubscribeForm = wrap('subscribe-form', SubscribeFormElement, {
  onSubscribeSubmit: 'subscribe-submit' as EventName<SubscribeSubmitEvent>,
  onSubscribeSuccess: 'subscribe-success' as EventName<SubscribeSuccessEvent>,
  onSubscribeError: 'subscribe-error' as EventName<SubscribeErrorEvent>,
});
