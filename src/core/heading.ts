import { type StaticValue, unsafeStatic } from 'lit/static-html.js';

// Headings at the level the host page's outline needs (`heading-level`): the tag is a static
// value in a template from lit/static-html.js, so it is a real <h2>…<h6>, not a role.

const TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => unsafeStatic(tag));

/** The heading tag for a normalized `heading-level` (2 to 6). */
export const tagOfLevel = (level: number): StaticValue => TAGS[level - 2] ?? TAGS[1];
