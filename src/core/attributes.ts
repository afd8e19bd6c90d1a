import type { ComplexAttributeConverter, LitElement, PropertyValues } from 'lit';

// Every attribute an element reads goes through one of these: what a stranger types by hand
// (`timeout="10s"`, `limit="many"`, a removed attribute, `el.target = null`) becomes the documented
// default or the nearest value in range, never NaN, null or a loop.

/** A converter that also normalizes values set as properties (see `normalizeChanged`). */
type Normalizer<T> = ComplexAttributeConverter<T> & { fromAttribute: (value: unknown) => T };

const normalizers = new WeakSet<object>();
const normalizer = <T>(read: (value: unknown) => T): Normalizer<T> => {
  const converter = { fromAttribute: read };
  normalizers.add(converter);
  return converter;
};

/** A number as written (`" 7 "`, `7`), or NaN for anything else (`"10s"`, `""`, null). */
const numberOf = (value: unknown): number =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : Number.NaN;

/**
 * A number in [min, max] (clamped), rounded when `integer`; anything unreadable gives `fallback`,
 * and so does a number out of range when `outside` is `fallback`.
 */
export const numberIn = <F extends number | undefined>(
  min: number,
  max: number,
  fallback: F,
  integer = false,
  outside: 'clamp' | 'fallback' = 'clamp',
): Normalizer<number | F> =>
  normalizer((value) => {
    const number = numberOf(value);
    if (!Number.isFinite(number) || (outside === 'fallback' && (number < min || number > max))) return fallback;
    const clamped = Math.min(max, Math.max(min, number));
    return integer ? Math.round(clamped) : clamped;
  });

/**
 * A `data` attribute that is not JSON, kept so the element can say so. It is what a framework
 * writes when it sets `data` before the element is defined: `data="[object Object]"`.
 */
export class UnreadableData {
  constructor(readonly text: string) {}
}

/**
 * `data` as an attribute: the feed written as JSON. From script, the property takes the object.
 * Absent or blank, it is not set (the element reads inline JSON or `src`).
 */
export const DATA: ComplexAttributeConverter<unknown> = {
  fromAttribute(value) {
    if (value === null || !value.trim()) return undefined;
    try {
      return JSON.parse(value);
    } catch {
      return new UnreadableData(value);
    }
  },
};

/** A time as an attribute: what `Date` reads (ISO 8601, or a Date's own text); else none. */
export const INSTANT: ComplexAttributeConverter<Date | undefined> = {
  fromAttribute(value) {
    const time = value === null ? Number.NaN : Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time);
  },
};

/** One of `values` (trimmed, case-insensitive), else `fallback`. */
export const oneOf = <const V extends string, F extends V | undefined>(values: readonly V[], fallback: F) =>
  normalizer<V | F>((value) => {
    const given = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    return values.find((option) => option === given) ?? fallback;
  });

/** Text that is not blank, trimmed, else `fallback`. */
export const text = <F extends string | undefined>(fallback: F, pattern?: RegExp) =>
  normalizer<string | F>((value) => {
    const given = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    return given && (!pattern || pattern.test(given)) ? given : fallback;
  });

/**
 * Seconds to wait for an answer: 10 by default, at most an hour. Zero or less cannot be meant
 * (nothing would ever be waited for): it is the default too, not the nearest value.
 */
export const TIMEOUT = normalizer((value) => {
  const seconds = numberOf(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 3600) : 10;
});

/** Where links open: `_blank` unless a target is named. */
export const TARGET = text('_blank');

/**
 * `heading-level`: the level of an element's own first headings, 2 to 6. The default, 3, fits a
 * widget placed in a section of a page under its `h2`.
 */
export const HEADING_LEVEL = numberIn(2, 6, 3, true);

/** `light` or `dark`; anything else follows the viewer's colour scheme. */
export const THEME = oneOf(['light', 'dark'], undefined);

/**
 * Puts every changed property that has a normalizer through it, whether it came from an attribute
 * or was set from script. Runs in `willUpdate`, so the render sees only readable values.
 */
export function normalizeChanged(element: LitElement, changed: PropertyValues): void {
  const type = element.constructor as typeof LitElement;
  const values = element as unknown as Record<PropertyKey, unknown>;
  for (const key of changed.keys()) {
    const converter = type.getPropertyOptions(key).converter;
    if (converter && normalizers.has(converter))
      values[key] = (converter as Normalizer<unknown>).fromAttribute(values[key]);
  }
}
