// One IntersectionObserver for every lazy element on the page.
const callbacks = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Distance from the viewport at which a lazy element starts loading. */
export const LAZY_MARGIN = '300px';

/** Calls `callback` once when `element` comes near the viewport. Returns a cancel function. */
export function whenNearViewport(element: Element, callback: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = callbacks.get(entry.target);
        cancel(entry.target);
        run?.();
      }
    },
    { rootMargin: LAZY_MARGIN },
  );
  callbacks.set(element, callback);
  observer.observe(element);
  return () => cancel(element);
}

function cancel(element: Element): void {
  if (!callbacks.delete(element)) return;
  observer?.unobserve(element);
}
