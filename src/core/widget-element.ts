import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { normalizeChanged, TARGET, THEME, TIMEOUT } from './attributes.js';
import { LocaleController } from './locale.js';
import { LINK_REL } from './safe-url.js';

/**
 * The base of all five elements: the attributes every one of them has (`theme`, `target`,
 * `timeout`), the locale, and one normalizer for every attribute a subclass declares with a
 * converter from `attributes.ts`.
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    timeout: { converter: TIMEOUT },
    target: { converter: TARGET },
    theme: { reflect: true, converter: THEME },
  };

  /** Seconds to wait for an answer before giving up (default 10, at most 3600). */
  timeout = 10;

  /** Where links open (default `_blank`, always with `rel="noopener noreferrer"`). */
  target = '_blank';

  /** `light` or `dark`; absent follows the viewer's colour scheme. */
  theme?: 'light' | 'dark';

  protected readonly localization = new LocaleController(this);

  /** `rel` for every link the element renders. */
  protected readonly rel = LINK_REL;

  /** The element's current locale, e.g. `ru-RU`. */
  protected get locale(): string {
    return this.localization.locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    normalizeChanged(this, changed);
    super.willUpdate(changed);
  }
}
