import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { oneOf } from '../core/attributes.js';
import { clock } from '../core/clock.js';
import { FeedError, toFeedError } from '../core/errors.js';
import { tagOfLevel } from '../core/heading.js';
import { send, timeoutMs } from '../core/request.js';
import { safeUrl } from '../core/safe-url.js';
import { themeStyles } from '../core/theme.styles.js';
import { WidgetElement } from '../core/widget-element.js';
import { isSendableEmail } from './email.js';
import { SubscribeErrorEvent, type SubscribePayload, SubscribeSubmitEvent, SubscribeSuccessEvent } from './events.js';
import { formMessages } from './messages.js';
import { isSuccess, type Outcome, outcomeOf, outcomeOfError } from './outcome.js';
import { formStyles } from './subscribe-form.styles.js';

type FieldError = { key: 'required' | 'invalid' } | { text: string };

const ENCTYPE = oneOf(['json', 'form'], 'json');

type FormStatus = 'idle' | 'busy' | 'success' | 'error';

/**
 * Newsletter sign-up: an email field, optional consent, a honeypot, honest success and error
 * states. What the reader typed is never lost.
 *
 * @summary Newsletter sign-up that never loses an address.
 * @tag subscribe-form
 * @slot heading - Replaces the heading text.
 * @slot description - Replaces the description text.
 * @csspart form - The form.
 * @csspart heading - The heading.
 * @csspart description - The description.
 * @csspart input - The email field.
 * @csspart button - The submit button.
 * @csspart field-error - The message under a field in error.
 * @csspart status - The outcome, a polite live region.
 * @cssprop [--nw-font] - Font family.
 * @cssprop [--nw-font-size=16px] - Base font size; everything scales with it.
 * @cssprop [--nw-text] - Text colour.
 * @cssprop [--nw-muted] - Secondary text colour.
 * @cssprop [--nw-accent] - The button, links and focus.
 * @cssprop [--nw-surface] - Background.
 * @cssprop [--nw-border] - Borders.
 * @cssprop [--nw-radius] - Corner radius.
 * @cssprop [--nw-space] - Base spacing.
 * @cssprop [--nw-error] - Colour of errors.
 * @fires {SubscribePayload} subscribe-submit - Before sending. Cancelable: `preventDefault()` means the host sends the payload itself. Detail: the payload.
 * @fires {SubscribeOutcome} subscribe-success - Subscribed, pending confirmation, or already subscribed. Detail: the outcome.
 * @fires {SubscribeOutcome} subscribe-error - The sign-up failed. Detail: the outcome.
 */
export class SubscribeFormElement extends WidgetElement {
  static override styles = [themeStyles, formStyles];
  static override properties: PropertyDeclarations = {
    action: {},
    list: {},
    enctype: { converter: ENCTYPE },
    consent: { type: Boolean },
    privacyUrl: { attribute: 'privacy-url' },
    heading: {},
    description: {},
    status: { reflect: true },
    fieldError: { attribute: false },
    consentMissing: { attribute: false },
    outcome: { attribute: false },
    waitUntil: { attribute: false },
  };

  /** The endpoint the form POSTs to. */
  action?: string;

  /** Which newsletter, sent as `list`. */
  list?: string;

  /** `json` (default) or `form` (form-encoded: no CORS preflight). */
  enctype: 'json' | 'form' = 'json';

  /** Ask for consent with a checkbox that must be ticked. */
  consent = false;

  /** The privacy policy linked from the consent text. */
  privacyUrl?: string;

  /** The heading; a localized default when absent (or use the `heading` slot). */
  heading?: string;

  /** The description; a localized default when absent (or use the `description` slot). */
  description?: string;

  /** `idle`, `busy`, `success` or `error`; reflected so host CSS can react. Set by the element only. */
  readonly status: FormStatus = 'idle';

  private setStatus(status: FormStatus): void {
    (this as { status: FormStatus }).status = status;
  }

  private fieldError?: FieldError;
  private consentMissing = false;
  private outcome?: Outcome;
  private waitUntil = 0;

  private get emailInput(): HTMLInputElement {
    return this.renderRoot.querySelector('input[type="email"]')!;
  }
  private get consentInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input[name="consent"]');
  }
  private get trapInput(): HTMLInputElement {
    return this.renderRoot.querySelector('input[name="website"]')!;
  }
  private get button(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button');
  }

  private waitTimer?: unknown;

  // Nothing is aborted when the form leaves the DOM: a POST the server may already have taken
  // finishes (bounded by `timeout`), so a form that a framework moves, or puts back, shows the
  // real outcome and fires its event instead of staying busy.

  protected override render(): TemplateResult {
    const messages = formMessages(this.locale);
    const done = this.outcome !== undefined && isSuccess(this.outcome);
    const busy = this.status === 'busy';
    const heading = tagOfLevel(this.headingLevel);
    return staticHtml`<div class="root" part="base">
      <form part="form" class=${done ? 'done' : ''} novalidate aria-busy=${busy ? 'true' : 'false'} @submit=${this.onSubmit}>
        <${heading} part="heading" class="heading"><slot name="heading">${this.heading ?? messages.heading}</slot></${heading}>
        <p part="description" class="description">
          <slot name="description">${this.description ?? messages.description}</slot>
        </p>
        ${this.renderFields()}
        <p part="status" class="status ${this.outcome && !done ? 'failure' : ''}" role="status">${this.statusText()}</p>
      </form>
    </div>`;
  }

  /** After success the fields keep their place, out of sight and reach: the form does not shrink. */
  private renderFields(): TemplateResult {
    const messages = formMessages(this.locale);
    const error = this.fieldError;
    const errorText = error && ('key' in error ? messages.errors[error.key] : error.text);
    const privacy = safeUrl(this.privacyUrl);
    const busy = this.status === 'busy';
    const failed = this.outcome !== undefined && !isSuccess(this.outcome);
    return html`<div class="fields">
      <div class="field">
        <label for="email">${messages.email}</label>
        <div class="row">
          <input
            id="email"
            part="input"
            name="email"
            type="email"
            inputmode="email"
            autocomplete="email"
            spellcheck="false"
            maxlength="254"
            required
            placeholder=${messages.placeholder}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? 'email-error' : undefined)}
            @input=${this.onEmailInput}
          />
          <button part="button" type="submit" ?disabled=${busy || this.waitUntil > 0}>
            ${busy ? messages.sending : failed ? messages.retry : messages.submit}
          </button>
        </div>
        ${errorText ? html`<p id="email-error" part="field-error" class="error">${errorText}</p>` : nothing}
      </div>
      ${
        this.consent
          ? html`<div class="field">
            <label class="consent">
              <input
                type="checkbox"
                name="consent"
                required
                aria-invalid=${this.consentMissing ? 'true' : 'false'}
                aria-describedby=${ifDefined(this.consentMissing ? 'consent-error' : undefined)}
                @change=${this.onConsentChange}
              />
              <span
                >${messages.consent}
                ${privacy ? html`<a href=${privacy} target=${this.target} rel=${this.rel}>${messages.privacy}</a>` : nothing}</span
              >
            </label>
            ${
              this.consentMissing
                ? html`<p id="consent-error" part="field-error" class="error">${messages.errors.consent}</p>`
                : nothing
            }
          </div>`
          : nothing
      }
      <div class="trap" aria-hidden="true">
        <label>${messages.honeypot}<input name="website" type="text" tabindex="-1" autocomplete="off" /></label>
      </div>
    </div>`;
  }

  private statusText(): string {
    const outcome = this.outcome;
    if (!outcome) return '';
    const messages = formMessages(this.locale);
    if (outcome.kind === 'rate-limited') return messages.wait(this.locale, outcome.retryAfter);
    return messages.outcomes[outcome.kind];
  }

  private onEmailInput = (): void => {
    if (this.fieldError) this.fieldError = undefined;
  };

  private onConsentChange = (): void => {
    if (this.consentInput?.checked) this.consentMissing = false;
  };

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // After success there are no fields left to send (a host may still call requestSubmit()).
    if (this.status === 'busy' || this.status === 'success' || this.waitUntil > 0) return;
    const email = this.emailInput.value.trim();
    this.emailInput.value = email;
    // People never see the trap; anything in it was typed by a robot. Tell it all went well.
    if (this.trapInput.value) {
      this.outcome = { kind: 'success', status: 200 };
      this.setStatus('success');
      return;
    }
    if (!this.validate(email)) return;
    const payload: SubscribePayload = {
      email,
      ...(this.list ? { list: this.list } : {}),
      ...(this.consent ? { consent: true } : {}),
      locale: this.locale,
      source: location.href,
    };
    if (!this.dispatchEvent(new SubscribeSubmitEvent(payload))) return;
    await this.post(payload);
  };

  /** The browser's constraint validation and our schema; shows and focuses the first problem. */
  private validate(email: string): boolean {
    this.fieldError = !email
      ? { key: 'required' }
      : !this.emailInput.checkValidity() || !isSendableEmail(email)
        ? { key: 'invalid' }
        : undefined;
    this.consentMissing = this.consent && !this.consentInput?.checked;
    if (this.fieldError) this.emailInput.focus();
    else if (this.consentMissing) this.consentInput?.focus();
    return !this.fieldError && !this.consentMissing;
  }

  private async post(payload: SubscribePayload): Promise<void> {
    const url = safeUrl(this.action);
    this.setStatus('busy');
    this.outcome = undefined;
    let outcome: Outcome;
    try {
      if (!url) throw new FeedError('network', `No http(s) action to post to: ${this.action}`);
      const form = this.enctype === 'form';
      const response = await send(url, {
        timeout: timeoutMs(this.timeout),
        init: {
          method: 'POST',
          headers: { 'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
          body: form ? new URLSearchParams(formFields(payload)) : JSON.stringify(payload),
        },
      });
      outcome = await outcomeOf(response, clock().now());
    } catch (error) {
      outcome = outcomeOfError(toFeedError(error, 'network'));
    }
    this.finish(outcome);
  }

  private async finish(outcome: Outcome): Promise<void> {
    const hadFocus = this.shadowRoot?.activeElement === this.button;
    this.outcome = outcome;
    this.setStatus(isSuccess(outcome) ? 'success' : 'error');
    if (outcome.kind === 'invalid') this.fieldError = outcome.message ? { text: outcome.message } : { key: 'invalid' };
    if (outcome.kind === 'rate-limited') this.waitFor(outcome.retryAfter);
    this.dispatchEvent(isSuccess(outcome) ? new SubscribeSuccessEvent(outcome) : new SubscribeErrorEvent(outcome));
    await this.updateComplete;
    // The disabled button lost focus while busy; give it back where the reader can act.
    if (outcome.kind === 'invalid') this.emailInput?.focus();
    else if (hadFocus || this.shadowRoot?.activeElement == null) this.button?.focus();
  }

  /** Keeps the button disabled for Retry-After seconds. */
  private waitFor(seconds: number): void {
    clock().clearTimeout(this.waitTimer);
    this.waitUntil = clock().now() + seconds * 1000;
    this.waitTimer = clock().setTimeout(() => {
      this.waitTimer = undefined;
      this.waitUntil = 0;
    }, seconds * 1000);
  }
}

function formFields(payload: SubscribePayload): Record<string, string> {
  return Object.fromEntries(Object.entries(payload).map(([key, value]) => [key, String(value)]));
}
