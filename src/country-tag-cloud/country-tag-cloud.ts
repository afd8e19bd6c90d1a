import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { oneOf, text } from '../core/attributes.js';
import { FeedElement } from '../core/feed-element.js';
import { collator, displayNames } from '../core/format.js';
import { safeUrl } from '../core/safe-url.js';
import { beforeNextLayout, letKeyboardScroll } from '../core/scroll-box.js';
import type { CountriesInput } from '../schemas.js';
import { type Country, parseCountries } from './countries.normalize.js';
import { cloudStyles } from './country-tag-cloud.styles.js';
import { CountrySelectEvent, pathOf } from './events.js';
import { type CloudMessages, cloudMessages } from './messages.js';
import { levelOf, STEPS, sizeBuckets } from './weights.js';

const SORT = oneOf(['alpha', 'weight'], 'alpha');
const TEXT = text(undefined);

interface Tag {
  country: Country;
  name: string;
  /** The name folded for searching; worked out the first time a search needs it. */
  folded?: string;
  /** The feed's own absolute URL, or the template filled in (written as given; the browser resolves it). */
  href?: string;
  level: number;
  selected: boolean;
}

/**
 * Links to the publisher's country pages, sized by how much is written about each.
 *
 * @summary A weighted, accessible cloud of country links.
 * @tag country-tag-cloud
 * @csspart list - The list of countries.
 * @csspart tag - A country (a link, or plain text without one); also `selected`.
 * @csspart search - The filter box (`searchable`).
 * @cssprop [--nw-cloud-height=14em] - The cloud's height in every state; the tags scroll inside it.
 * @cssprop [--nw-tag-min-size=0.85em] - The smallest tag.
 * @cssprop [--nw-tag-max-size=1.6em] - The largest tag.
 * @cssprop [--nw-tag-gap=0.4em 0.9em] - Space between tags.
 * @fires {CountrySelectDetail} country-select - A country link was activated. Cancelable: `preventDefault()` stops the navigation. Detail: the entry.
 */
export class CountryTagCloudElement extends FeedElement<Country[]> {
  static override styles = [...FeedElement.styles, cloudStyles];
  static override properties: PropertyDeclarations = {
    sort: { converter: SORT },
    hrefTemplate: { attribute: 'href-template', converter: TEXT },
    selected: { converter: TEXT },
    steps: { converter: STEPS },
    filter: { converter: text('') },
    searchable: { type: Boolean },
    typed: { attribute: false },
  };

  /** The countries themselves, as a publisher writes them (see `src`); wins over inline JSON and `src`. */
  declare data?: CountriesInput | null;

  /** `alpha` (default: by name in the language's collation) or `weight` (heaviest first). */
  sort: 'alpha' | 'weight' = 'alpha';

  /** Links for entries without `url`, e.g. `/country/{slug}`; `{slug}`, `{code}`, `{name}` are URL-encoded. */
  hrefTemplate?: string;

  /** The slug or code of the country to mark as current. */
  selected?: string;

  /** How many sizes (1–10, default 5). */
  steps = 5;

  /** Shows only countries whose name contains this text. */
  filter = '';

  /** Adds a search box that sets `filter` as the reader types. */
  searchable = false;

  private typed = '';

  /** The tags of the last render, in their order in the list. */
  private shown: Tag[] = [];

  constructor() {
    super(parseCountries);
  }

  protected override isEmpty(countries: Country[]): boolean {
    return countries.length === 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    beforeNextLayout(() => letKeyboardScroll(this.renderRoot.querySelector<HTMLElement>('.list')));
  }

  protected override renderContent(countries: Country[]): TemplateResult {
    const messages = cloudMessages(this.locale);
    const query = (this.searchable ? this.typed : '') || this.filter;
    const tags = this.tags(countries);
    const folded = fold(query.trim(), this.locale);
    const shown = folded ? tags.filter((tag) => this.foldedName(tag).includes(folded)) : tags;
    this.shown = shown;
    return html`<nav aria-label=${messages.label}>
      ${
        this.searchable
          ? html`<label part="search" class="search"
            >${messages.filter}<input type="search" .value=${this.typed} @input=${this.onType} autocomplete="off"
          /></label>`
          : nothing
      }
      ${
        shown.length
          ? html`<ul part="list" class="list" @click=${this.onClick}>
            ${shown.map((tag) => this.renderTag(tag, messages))}
          </ul>`
          : html`<p class="none" role="status">${messages.noMatch}</p>`
      }
    </nav>`;
  }

  /** One template per tag, its list item included: a long cloud clones one fragment per country. */
  private renderTag(tag: Tag, messages: CloudMessages): TemplateResult {
    const weight = tag.country.weight;
    const spoken = weight === undefined ? '' : `, ${messages.weight(this.locale, weight)}`;
    const parts = `tag${tag.selected ? ' selected' : ''}`;
    if (!tag.href)
      return html`<li><span part=${parts} class="tag l${tag.level}">${tag.name}<span class="visually-hidden">${spoken}</span></span></li>`;
    return html`<li><a
      part=${parts}
      class="tag l${tag.level}"
      href=${tag.href}
      target=${this.target}
      rel=${this.rel}
      aria-current=${tag.selected ? 'page' : nothing}
      >${tag.name}<span class="visually-hidden">${spoken}</span></a
    ></li>`;
  }

  private tagsCache?: { inputs: unknown[]; tags: Tag[] };

  /** Names, links, sizes and order for the current language and attributes, worked out once. */
  private tags(countries: Country[]): Tag[] {
    const inputs = [countries, this.locale, this.steps, this.sort, this.hrefTemplate, this.selected];
    if (this.tagsCache?.inputs.every((value, i) => value === inputs[i])) return this.tagsCache.tags;
    const tags = this.buildTags(countries);
    this.tagsCache = { inputs, tags };
    return tags;
  }

  private buildTags(countries: Country[]): Tag[] {
    const { steps } = this;
    const sizes = sizeBuckets(
      countries.map((country) => country.weight),
      steps,
    );
    const selected = this.selected?.toLowerCase();
    const linkable = Boolean(this.hrefTemplate && safeUrl(expand(this.hrefTemplate, () => 'x')));
    const tags = countries.map((country, i) => {
      const name = this.nameOf(country);
      return {
        country,
        name,
        href: country.url ?? this.fromTemplate(country, name, linkable),
        level: levelOf(sizes[i], steps),
        selected:
          Boolean(selected) && (country.slug?.toLowerCase() === selected || country.code?.toLowerCase() === selected),
      };
    });
    const byName = collator(this.locale).compare;
    tags.sort((a, b) =>
      this.sort === 'weight'
        ? (b.country.weight ?? 0) - (a.country.weight ?? 0) || byName(a.name, b.name)
        : byName(a.name, b.name),
    );
    return tags;
  }

  private nameOf(country: Country): string {
    if (country.name) return country.name;
    try {
      return displayNames(this.locale, { type: 'region' }).of(country.code as string) ?? (country.code as string);
    } catch {
      return country.code as string;
    }
  }

  /**
   * The template with each placeholder URL-encoded; no link when a placeholder has no value, nor
   * when the template (`linkable`, checked once per build) does not make http(s) links: an encoded
   * value has no `:`, `/`, `?` or `#`, so it cannot bring a scheme of its own, and a template
   * whose scheme a value could make up (`{slug}:…`) fails the check with any value.
   */
  private fromTemplate(country: Country, name: string, linkable: boolean): string | undefined {
    if (!linkable) return undefined;
    const values: Record<string, string | undefined> = { slug: country.slug, code: country.code, name };
    let missing = false;
    const href = expand(this.hrefTemplate as string, (key) => {
      const value = values[key];
      if (!value) missing = true;
      return encodeURIComponent(value ?? '');
    });
    return missing ? undefined : href.trim();
  }

  private foldedName(tag: Tag): string {
    tag.folded ??= fold(tag.name, this.locale);
    return tag.folded;
  }

  private onType = (event: Event): void => {
    this.typed = (event.target as HTMLInputElement).value;
  };

  private onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.tag');
    const item = link?.parentElement;
    if (!item) return;
    // The list holds one item per shown tag, in order: no index needs writing into each link.
    const tag = this.shown[Array.prototype.indexOf.call(item.parentElement?.children ?? [], item)];
    if (!tag) return;
    // The link as the browser resolved it: the template's links are written as the page gave them.
    const { href } = link;
    const select = new CountrySelectEvent({ ...tag.country, name: tag.name, href, path: pathOf(href) });
    if (!this.dispatchEvent(select)) event.preventDefault();
  };
}

/** The template with each `{slug}`, `{code}` or `{name}` replaced. */
const expand = (template: string, value: (key: string) => string): string =>
  template.replace(/\{(slug|code|name)\}/g, (_, key: string) => value(key));

/** Text for a case- and accent-insensitive "contains" in the language's own rules (ё finds е). */
const fold = (text: string, locale: string): string =>
  text.toLocaleLowerCase(locale).normalize('NFD').replace(/\p{M}/gu, '');
