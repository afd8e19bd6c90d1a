// What feeds get wrong that a reader forgives: a bare "&" (AT&T, ?a=1&b=2) and HTML's named
// entities (&eacute;, &copy;), which XML does not define. The document is mended on its way to
// the parser, chunk by chunk; every mend is counted so the command can say what it recovered.
// External entities are never read: a reference to one fails the conversion, saying so.
import { decodeHTMLStrict } from 'entities';

/** A character or entity reference, as XML writes one. */
const REFERENCE = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z_][\w.-]{0,63});/i;
/** The longest reference REFERENCE takes, and the most a chunk's end may hold back. */
const LONGEST = 67;
/** What the text state looks for: an ampersand, or the start of markup that is not a tag. */
const SPECIAL = /&|<[!?]/g;
/** Where each kind of markup in which "&" is not a reference ends. */
const ENDS = { cdata: ']]>', comment: '-->', pi: '?>' };

/** What was recovered, and where the first recovery was (line:column of the input). */
export class Recoveries {
  ampersands = 0;
  entities = new Set();
  unknown = 0;
  #at = [Number.POSITIVE_INFINITY, 0];

  /** A recovery at `line`:`column`: the earliest is the one named. */
  note(line, column) {
    const [l, c] = this.#at;
    if (line < l || (line === l && column < c)) this.#at = [line, column];
  }

  /** Where the earliest recovery was, `line:column`; undefined before any. */
  get first() {
    return this.count ? this.#at.join(':') : undefined;
  }

  get count() {
    return this.ampersands + this.unknown;
  }

  /** One line for stderr; undefined when nothing was recovered. */
  describe(source) {
    if (!this.count) return undefined;
    const parts = [];
    if (this.ampersands) parts.push(`${this.ampersands} bare "&" read as text`);
    if (this.unknown) parts.push(`${this.unknown} unknown entit${this.unknown === 1 ? 'y' : 'ies'} (${[...this.entities].slice(0, 3).map((name) => `&${name};`).join(', ')}) kept as text`);
    return `${source}: recovered ${parts.join(' and ')}; the first at ${this.first}`;
  }
}

/**
 * Escapes every "&" in text and attribute values that does not start a reference, leaving CDATA,
 * comments, processing instructions and the DOCTYPE as they are. Fed in chunks; holds back only
 * the few characters at a chunk's end that the next one decides.
 */
export class BareAmpersands {
  state = 'text';
  rest = '';
  /** Input line and column of the text consumed so far, kept until the first recovery. */
  line = 1;
  column = 1;

  constructor(recoveries) {
    this.recoveries = recoveries;
  }

  /** The mended text of `chunk` (with what an earlier chunk held back); `final` for the last. */
  push(chunk, final = false) {
    const s = this.rest + chunk;
    this.rest = '';
    let out = '';
    let i = 0;
    const take = (to) => {
      if (!this.recoveries.count) this.advance(s, i, to);
      out += s.slice(i, to);
      i = to;
    };
    while (i < s.length) {
      if (this.state !== 'text') {
        const end = this.state === 'doctype' ? doctypeEnd(s, i) : s.indexOf(ENDS[this.state], i);
        if (end < 0) {
          // The terminator may straddle this chunk and the next.
          take(final ? s.length : Math.max(i, s.length - 2));
          if (!final) this.rest = s.slice(i);
          return out;
        }
        take(this.state === 'doctype' ? end + 1 : end + ENDS[this.state].length);
        this.state = 'text';
        continue;
      }
      // Only "&" and markup that ends elsewhere matter; plain tags are taken in bulk.
      SPECIAL.lastIndex = i;
      const next = SPECIAL.exec(s)?.index ?? -1;
      if (next < 0) {
        // A "<" at the very end may start "<!" or "<?" in the next chunk.
        if (!final && s.endsWith('<')) {
          take(s.length - 1);
          this.rest = '<';
          return out;
        }
        take(s.length);
        break;
      }
      take(next);
      if (!final && s.length - i < LONGEST) {
        this.rest = s.slice(i);
        return out;
      }
      if (s[i] === '<') {
        const state = s.startsWith('<![CDATA[', i)
          ? 'cdata'
          : s.startsWith('<!--', i)
            ? 'comment'
            : s.startsWith('<?', i)
              ? 'pi'
              : /^<!DOCTYPE/i.test(s.slice(i, i + 9))
                ? 'doctype'
                : 'text';
        this.state = state;
        take(i + (state === 'cdata' ? 9 : state === 'comment' ? 4 : state === 'pi' ? 2 : state === 'doctype' ? 9 : 2));
        continue;
      }
      const reference = REFERENCE.exec(s.slice(i, i + LONGEST))?.[0];
      if (reference) {
        take(i + reference.length);
        continue;
      }
      // Positions are counted until the first recovery, which is the one named.
      if (!this.recoveries.count) this.recoveries.note(this.line, this.column);
      this.recoveries.ampersands++;
      out += '&amp;';
      i++;
    }
    return out;
  }

  advance(s, from, to) {
    for (let at = s.indexOf('\n', from); at >= 0 && at < to; at = s.indexOf('\n', at + 1)) {
      this.line++;
      this.column = 1;
      from = at + 1;
    }
    this.column += to - from;
  }
}

/** The index of the ">" that closes a DOCTYPE (after its internal subset, if it has one). */
function doctypeEnd(s, from) {
  const close = s.indexOf('>', from);
  const open = s.indexOf('[', from);
  if (open < 0 || (close >= 0 && close < open)) return close;
  const subset = s.indexOf(']', open);
  return subset < 0 ? -1 : s.indexOf('>', subset);
}

const DECLARATION = /<!ENTITY\s+([\w.:-]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)>/g;

/**
 * The entities a parser may resolve: XML's own (`base`), then those the document's DOCTYPE
 * declares with a value, then HTML's named ones. `missing` is told the name of one it cannot.
 */
export function entityTable(base, recoveries) {
  const declared = new Map();
  const external = new Set();
  const table = new Proxy(base, {
    get(target, name) {
      if (typeof name !== 'string') return target[name];
      if (name in target) return target[name];
      if (declared.has(name)) return declared.get(name);
      if (external.has(name)) throw new ExternalEntity(name);
      const html = decodeHTMLStrict(`&${name};`);
      if (html !== `&${name};`) {
        target[name] = html;
        return html;
      }
      recoveries.unknown++;
      recoveries.entities.add(name);
      return undefined;
    },
  });
  /** Takes the declarations of a DOCTYPE's internal subset (values are used as they are, unexpanded). */
  const declare = (doctype) => {
    for (const [, name, double, single, kind] of doctype.matchAll(DECLARATION)) {
      if (kind) external.add(name);
      else declared.set(name, double ?? single);
    }
  };
  return { table, declare };
}

/** A reference to an entity the document says is in another file, which is never read. */
export class ExternalEntity extends Error {
  constructor(name) {
    super(`&${name}; is an external entity: external entities are never read`);
  }
}
