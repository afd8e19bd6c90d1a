import { define } from './core/define.js';
import { SubscribeFormElement } from './subscribe-form/subscribe-form.js';

export { SubscribeFormElement };

define('subscribe-form', SubscribeFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'subscribe-form': SubscribeFormElement;
  }
}
