// The card's picture for an item: the largest media:content or media:thumbnail (with its credit),
// else an image enclosure, else the first image of the content that is a picture of the story,
// not a tracking pixel (FeedBurner's 1×1), a share button (Slashdot's icons) or an emoji.
import { attributeOf, resolve } from './markup.mjs';
import { attr, child, children, NS, textOf } from './xml.mjs';

/** Images smaller than this (declared width or height, px) are icons, not a card's picture. */
const SMALLEST = 100;
/** Hosts that serve only counters and buttons. */
const NOT_PICTURE_HOSTS = /(^|\.)(feedburner\.com|feedsportal\.com|doubleclick\.net|pixel\.wp\.com|stats\.wordpress\.com|a\.fsdn\.com|pixel\.quantserve\.com|b\.scorecardresearch\.com)$/i;
/** Path words of counters, buttons and icons. */
const NOT_PICTURE_PATHS = /(\/~[a-z]+\/|[/_.-](pixel|tracker|tracking|beacon|spacer|blank|1x1|share|sharing|social|icons?|emoji|badge|button|feedflare)[/_.-])/i;

/** A declared size in px, or undefined when none is given (or it is relative, as "100%"). */
const px = (value) => (value !== undefined && /^\s*\d+(\.\d+)?\s*(px)?\s*$/i.test(value) ? Number.parseFloat(value) : undefined);

/** Whether `url` with declared `width` and `height` can be a story's picture. */
function isPicture(url, width, height) {
  if (!url) return false;
  if ((width !== undefined && width < SMALLEST) || (height !== undefined && height < SMALLEST)) return false;
  try {
    const { hostname, pathname } = new URL(url);
    return !NOT_PICTURE_HOSTS.test(hostname) && !NOT_PICTURE_PATHS.test(pathname);
  } catch {
    return false;
  }
}

/** The item's picture and its credit, as absolute URLs against `at`. */
export function imageOf(node, at, html) {
  const media = [node, ...children(node, NS.media, 'group')]
    .flatMap((parent) => [...children(parent, NS.media, 'content'), ...children(parent, NS.media, 'thumbnail')])
    .filter((m) => (attr(m, 'medium') ?? 'image') === 'image' && (!attr(m, 'type') || attr(m, 'type').startsWith('image/')))
    .map((m) => ({ m, url: resolve(attr(m, 'url'), at), width: px(attr(m, 'width')), height: px(attr(m, 'height')) }))
    .filter(({ url, width, height }) => isPicture(url, width, height))
    .sort((a, b) => (b.width ?? 0) * (b.height ?? b.width ?? 0) - (a.width ?? 0) * (a.height ?? a.width ?? 0))[0];
  if (media) return { image: media.url, credit: textOf(child(media.m, NS.media, 'credit')) ?? textOf(child(node, NS.media, 'credit')) };
  const enclosure = [...children(node, undefined, 'enclosure'), ...children(node, NS.atom, 'link').filter((l) => attr(l, 'rel') === 'enclosure')]
    .filter((e) => attr(e, 'type')?.startsWith('image/'))
    .map((e) => resolve(attr(e, 'url') ?? attr(e, 'href'), at))
    .find((url) => isPicture(url));
  if (enclosure) return { image: enclosure };
  for (const [tag] of html?.matchAll(/<img\b[^>]*>/gi) ?? []) {
    const url = resolve(attributeOf(tag, 'src'), at);
    if (isPicture(url, px(attributeOf(tag, 'width')), px(attributeOf(tag, 'height')))) return { image: url };
  }
  return {};
}
