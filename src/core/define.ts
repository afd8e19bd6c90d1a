/**
 * Defines `tag` unless something already did: a script included twice, or two bundles on one page,
 * must not throw. Returns the class registered under `tag`. On a server (no document: an SSR
 * framework importing the module), defines nothing, not even in Lit's stand-in registry.
 */
export function define(
  tag: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): CustomElementConstructor {
  if (typeof document === 'undefined' || !registry) return element;
  const existing = registry.get(tag);
  if (existing) return existing;
  try {
    registry.define(tag, element);
  } catch {
    // The same class under another name (or a name taken in between): the page keeps what it has.
  }
  return registry.get(tag) ?? element;
}
