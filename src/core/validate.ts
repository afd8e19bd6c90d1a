import './jitless.js';
import type * as z from 'zod/mini';
import { FeedError } from './errors.js';

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
export function parseStrict<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new FeedError('schema', describeIssue(result.error.issues[0]));
}

/** Parses items leniently: a bad item is dropped and counted, the good ones are kept in order. */
export function parseItems<S extends z.ZodMiniType>(
  schema: S,
  items: readonly unknown[],
): { items: z.output<S>[]; skipped: number } {
  const kept: z.output<S>[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
  }
  return { items: kept, skipped: items.length - kept.length };
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The feed does not match its schema';
  const path = issue.path.length ? issue.path.join('.') : '(root)';
  return `Feed does not match its schema at ${path}: ${issue.code}`;
}
