// Feed schemas are JSON Schema, declared once with the builders below: the elements check feeds
// against them at run time, and `npm run build` publishes the very same objects to schemas/.
// A small interpreter of the subset we use, instead of a validation library, keeps the one-script
// bundle in its budget; it builds no code at run time, so strict-CSP pages report nothing.

/** The part of JSON Schema (draft 2020-12) the feeds use and `checkSchema` enforces. */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'object' | 'array';
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  items?: JsonSchema;
  anyOf?: readonly JsonSchema[];
  enum?: readonly unknown[];
  /** Counted in UTF-16 units; the feeds only ask for 1. */
  minLength?: number;
  pattern?: string;
  minimum?: number;
  title?: string;
  description?: string;
}

declare const accepts: unique symbol;
/** A JSON Schema that also carries, for TypeScript only, the type of the values it accepts. */
export type Schema<T> = JsonSchema & { readonly [accepts]?: T };
export type Infer<S> = S extends Schema<infer T> ? T : never;

type ObjectOf<P extends Record<string, JsonSchema>, R extends keyof P> = { [K in R]: Infer<P[K]> } & {
  [K in Exclude<keyof P, R>]?: Infer<P[K]>;
};

export const string = (rules: Pick<JsonSchema, 'minLength' | 'pattern'> = {}): Schema<string> => ({
  type: 'string',
  ...rules,
});
export const number = (rules: Pick<JsonSchema, 'minimum'> = {}): Schema<number> => ({ type: 'number', ...rules });
export const integer = (rules: Pick<JsonSchema, 'minimum'> = {}): Schema<number> => ({ type: 'integer', ...rules });
export const unknown = (): Schema<unknown> => ({});
export const array = <T>(items: Schema<T>): Schema<T[]> => ({ type: 'array', items });
export const oneOf = <const T extends readonly (string | number)[]>(values: T): Schema<T[number]> => ({ enum: values });
export const anyOf = <S extends readonly Schema<unknown>[]>(...options: S): Schema<Infer<S[number]>> => ({
  anyOf: options,
});
/** An object; unknown properties are accepted and dropped. `rules` adds checks on the whole object. */
export const object = <P extends Record<string, Schema<unknown>>, R extends keyof P & string = never>(
  properties: P,
  required: readonly R[] = [],
  rules: Pick<JsonSchema, 'anyOf'> = {},
): Schema<ObjectOf<P, R>> => ({ type: 'object', properties, ...(required.length ? { required } : {}), ...rules });
/** Any of the given properties present: e.g. an item needs a title or a summary. */
export const needsOneOf = (...keys: string[]): JsonSchema[] => keys.map((key) => ({ required: [key] }));

/** Where a value first fails its schema, and why (for developers, in English). */
export class SchemaMismatch extends Error {
  /** The keys down to the failing value, like `items.3.title`; empty at the root. */
  path = '';

  constructor(readonly reason: string) {
    super(reason);
  }

  /** Names the key the failure was found under, as the error travels up. */
  within(key: string | number): this {
    this.path = this.path ? `${key}.${this.path}` : String(key);
    this.message = `${this.path}: ${this.reason}`;
    return this;
  }
}

const fail = (reason: string): never => {
  throw new SchemaMismatch(reason);
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const TYPES: Record<NonNullable<JsonSchema['type']>, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  number: Number.isFinite,
  integer: Number.isInteger,
  object: isObject,
  array: Array.isArray,
};
const patterns = new Map<string, RegExp>();
const matches = (pattern: string, value: string) => {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern, 'u');
    patterns.set(pattern, regex);
  }
  return regex.test(value);
};

/**
 * Checks `value` against `schema` and returns what it accepts: objects keep only their declared
 * properties, so nothing a feed adds travels further. Throws SchemaMismatch at the first failure.
 * Paths are only built on failure: a valid feed of 10 000 items costs no strings.
 */
export function checkSchema<T>(schema: Schema<T>, value: unknown): T {
  const { type, minimum, minLength, pattern, required, properties, items, anyOf } = schema;
  if (type && !TYPES[type](value)) fail(`expected ${type}`);
  if (schema.enum && !schema.enum.includes(value)) fail(`expected one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (minLength && value.length < minLength) fail('too short');
    if (pattern && !matches(pattern, value)) fail(`does not match ${pattern}`);
  }
  if (minimum !== undefined && (value as number) < minimum) fail(`below ${minimum}`);
  let out = value;
  let key: string | number | undefined;
  try {
    if (Array.isArray(value) && items) {
      const kept: unknown[] = [];
      for (key = 0; key < value.length; key++) kept.push(checkSchema(items, value[key]));
      out = kept;
    } else if (isObject(value)) {
      for (key of required ?? []) if (value[key] === undefined) fail('required');
      if (properties) {
        const kept: Record<string, unknown> = {};
        for (key in properties) if (value[key] !== undefined) kept[key] = checkSchema(properties[key], value[key]);
        out = kept;
      }
    }
  } catch (error) {
    throw error instanceof SchemaMismatch && key !== undefined ? error.within(key) : error;
  }
  if (anyOf) {
    let matched = false;
    for (const option of anyOf) {
      if (option.type && !TYPES[option.type](value)) continue;
      try {
        const accepted = checkSchema(option, value);
        // A union (no type of its own) returns what the matching option accepts.
        if (!type) out = accepted;
        matched = true;
        break;
      } catch {
        // Not this option; the next may match.
      }
    }
    if (!matched) fail('matches none of its options');
  }
  return out as T;
}
