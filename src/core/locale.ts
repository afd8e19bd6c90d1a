import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages messages ship for; anything else falls back to English. */
export type Lang = 'ru' | 'en';

export const FALLBACK_LOCALE = 'en';

/** The message language for a BCP 47 tag: `ru-RU` is `ru`, `de` is `en`. */
export const langOf = (locale: string): Lang => (/^ru(-|$)/i.test(locale) ? 'ru' : 'en');

/** A canonical tag Intl accepts, or undefined for junk such as `xx_YY`. */
function canonical(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The element's own `lang`, else the nearest ancestor's (across shadow roots), else the document's,
 * else the browser's. Always a tag Intl accepts.
 */
export function resolveLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]:not([lang=""])');
    if (!tagged) {
      node = hostOf(node);
      continue;
    }
    const found = canonical(tagged.getAttribute('lang'));
    if (found) return found;
    node = tagged.parentElement ?? hostOf(tagged);
  }
  return canonical(document.documentElement.lang) ?? canonical(navigator.language) ?? FALLBACK_LOCALE;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type Host = ReactiveControllerHost & Element;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Keeps `locale` current for its host: resolved at most once per update, and a render requested
 * when any `lang` attribute in the document changes (one observer for all elements).
 */
export class LocaleController implements ReactiveController {
  private resolved?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The resolved BCP 47 tag, e.g. `ru-RU`; read afresh after each update (an ancestor may have moved). */
  get locale(): string {
    this.resolved ??= resolveLocale(this.host);
    return this.resolved;
  }

  /** The message language of `locale`. */
  get lang(): Lang {
    return langOf(this.locale);
  }

  hostConnected(): void {
    this.resolved = undefined;
    hosts.add(this.host);
    observer ??= new MutationObserver(() => {
      for (const host of hosts) host.requestUpdate();
    });
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }

  hostUpdated(): void {
    this.resolved = undefined;
  }
}
