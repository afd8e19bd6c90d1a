/** `rel` for every link we open: a new tab must not reach back into the host page. */
export const LINK_REL = 'noopener noreferrer';

/**
 * Turns an untrusted feed string into a URL fit for `href` or `src`: resolved against `base`
 * (the feed's URL), and only if it is http(s). Anything else (javascript:, data:, junk) is undefined.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
