import { FeedError } from './errors.js';
import { checkSchema, type Schema, SchemaMismatch } from './schema.js';

/** A validated feed and how many of its items were dropped as invalid. */
export interface Parsed<T> {
  data: T;
  skipped: number;
}

/**
 * Validates an untrusted document. `baseUrl` is the feed's own URL (or the page's for inline and
 * `data` feeds): relative links in the feed resolve against it. Throws a `schema` FeedError.
 */
export type FeedParser<T> = (input: unknown, baseUrl: string) => Parsed<T>;

/** Parses the envelope strictly: a mismatch is a `schema` error naming the first bad path. */
export function parseStrict<T>(schema: Schema<T>, input: unknown): T {
  try {
    return checkSchema(schema, input);
  } catch (error) {
    const where = error instanceof SchemaMismatch ? ` at ${error.path || '(root)'}: ${error.reason}` : '';
    throw new FeedError('schema', `Feed does not match its schema${where}`);
  }
}

/**
 * Parses items leniently: a bad item is dropped and counted, the good ones are kept in order.
 * With `keyOf`, an item whose key was already seen is dropped and counted the same way.
 */
export function parseItems<T>(
  schema: Schema<T>,
  items: readonly unknown[],
  keyOf?: (item: T) => string,
): { items: T[]; skipped: number } {
  const kept: T[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    try {
      const checked = checkSchema(schema, item);
      if (keyOf) {
        const key = keyOf(checked);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      kept.push(checked);
    } catch {
      // Counted below: one bad item never costs the others.
    }
  }
  return { items: kept, skipped: items.length - kept.length };
}
