import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { HEADING_LEVEL, normalizeChanged, TARGET, THEME, TIMEOUT } from './attributes.js';
import { LocaleController } from './locale.js';
import { LINK_REL } from './safe-url.js';

/**
 * The base of all five elements: the attributes every one of them has (`theme`, `target`,
 * `timeout`, `heading-level`), the locale, and one normalizer for every attribute a subclass
 * declares with a converter from `attributes.ts`.
 */
export abstract class WidgetElement extends LitElement {
  static override properties: PropertyDeclarations = {
    timeout: { converter: TIMEOUT },
    target: { converter: TARGET },
    theme: { reflect: true, converter: THEME },
    headingLevel: { attribute: 'heading-level', converter: HEADING_LEVEL },
  };

  /** Seconds to wait for an answer before giving up (default 10, at most 3600). */
  timeout = 10;

  /** Where links open (default `_blank`, always with `rel="noopener noreferrer"`). */
  target = '_blank';

  /** `light` or `dark`; absent follows the viewer's colour scheme. */
  theme?: 'light' | 'dark';

  /**
   * The level (2 to 6, default 3) of the element's own first headings: a card's or a list's item
   * titles, a schedule's day headings, the form's heading. (The tag cloud has none.)
   */
  headingLevel = 3;

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
