// Feed text is bounded where it is normalized: a stranger's 1 MB title must not freeze the page
// or stretch it by half a million pixels. Longer text is cut with an ellipsis.

/** The longest lengths, in UTF-16 units, of each kind of feed text (documented in the README). */
export const MAX = {
  /** A headline, a programme title, a channel name. */
  title: 300,
  /** A summary, a programme description. */
  summary: 2000,
  /** A country name, a tag, a category, a source, a photo credit, an author. */
  name: 200,
  /** A whole article (`content_html`, `content_text`). */
  article: 200_000,
} as const;

/** No run without a break opportunity is longer than this: it would be a column of its own. */
const WORD = 1000;
const LONG_WORD = new RegExp(`\\S{${WORD},}`, 'gu');

const cut = (value: string, length: number): string => {
  let kept = value.slice(0, length - 1);
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
};

/** Trimmed, bounded text; undefined when blank. */
export function bounded(value: string | undefined, max: number): string | undefined {
  let text = value?.trim();
  if (!text) return undefined;
  if (text.length > max) text = cut(text, max);
  return text.length >= WORD ? text.replace(LONG_WORD, (word) => cut(word, WORD)) : text;
}
