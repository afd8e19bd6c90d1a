// Small readers of HTML and URLs that the converters share: an attribute of a tag as written in
// markup (an <img> in content, a <link> in a page), and a link made absolute http(s).

/** The value of attribute `name` in one start tag (quoted or not), its `&amp;` read; else undefined. */
export function attributeOf(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  const value = match && (match[1] ?? match[2] ?? match[3]);
  return value?.replace(/&amp;/g, '&');
}

/** `href` against `base`, or undefined when it cannot be made absolute http(s). */
export function resolve(href, base) {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
