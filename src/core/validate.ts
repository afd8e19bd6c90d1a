import type * as z from 'zod/mini';
import { FeedError } from './errors.js';

/** A validated feed and how many of its items were dropped as invalid. */
export interface Parsed<T> {
  data: T;
  skipped: number;
}

/** Told of each item skipped: where in the feed (like `items.3.title`) and why, in English. */
export type SkipReport = (path: string, reason: string) => void;

/**
 * Validates an untrusted document. `baseUrl` is the feed's own URL (or the page's for inline and
 * `data` feeds): relative links in the feed resolve against it. Throws a `schema` FeedError.
 * `report` hears why each skipped item was skipped (publishers' checks; the elements pass none).
 */
export type FeedParser<T> = (input: unknown, baseUrl: string, report?: SkipReport) => Parsed<T>;

/**
 * What an element reads its feed with: a FeedParser, or one that reads a huge feed in slices and
 * so gives its result later.
 */
export type ElementParser<T> = (input: unknown, baseUrl: string) => Parsed<T> | Promise<Parsed<T>>;

type Issue = z.core.$ZodIssue;
const join = (...keys: PropertyKey[]) => keys.filter((key) => key !== '').join('.');

/** An issue as a path and a reason. A union names the option that came closest. */
function describe(issue: Issue, at: PropertyKey[]): [path: string, reason: string] {
  const path = [...at, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const closest = issue.errors.map((issues) => issues[0]).sort((a, b) => b.path.length - a.path.length)[0];
    if (closest?.path.length) return describe(closest, path);
  }
  const reason =
    'input' in issue && issue.input === undefined
      ? 'required'
      : issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : issue.code === 'too_small'
          ? issue.origin === 'string'
            ? 'too short'
            : `below ${issue.minimum}`
          : issue.code === 'not_multiple_of'
            ? 'expected a whole number'
            : issue.code === 'invalid_format'
              ? `does not match ${issue.pattern}`
              : issue.code === 'invalid_value'
                ? `expected one of ${issue.values.join(', ')}`
                : issue.code === 'invalid_union'
                  ? 'matches none of its options'
                  : issue.message;
  return [join(...path), reason];
}

/**
 * Where and why `value` fails `schema`, in English, like `['items.3.title', 'expected string']`.
 * Parses once more, keeping the failing values (so a missing one reads `required`): failures
 * only pay for that, and a valid feed pays nothing.
 */
export function whyInvalid(
  schema: z.ZodMiniType,
  value: unknown,
  at: PropertyKey[] = [],
): [path: string, reason: string] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [join(...at), 'valid'] : describe(result.error.issues[0], at);
}

/** Parses the envelope strictly: a mismatch is a `schema` error naming the first bad path. */
export function parseStrict<S extends z.ZodMiniType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const [path, reason] = whyInvalid(schema, input);
  throw new FeedError('schema', `Feed does not match its schema at ${path || '(root)'}: ${reason}`);
}

/**
 * Parses items leniently: a bad item is dropped and counted, the good ones are kept in order.
 * With `idOf`, an item whose id was already seen is dropped and counted the same way.
 * `at` is where the items sit in the feed, for `report`.
 */
export function parseItems<S extends z.ZodMiniType>(
  schema: S,
  items: readonly unknown[],
  at: string,
  report?: SkipReport,
  idOf?: (item: z.output<S>) => string,
): { items: z.output<S>[]; skipped: number } {
  const { kept, read } = itemReader(schema, at, report, idOf);
  items.forEach(read);
  return { items: kept, skipped: items.length - kept.length };
}

/** Items a slice: between slices the page runs (a click, a frame), so a huge feed holds no long task. */
export const SLICE = 2_000;

/** parseItems (with no skip report or ids: the elements need neither), `SLICE` items a task. */
export async function parseItemsInSlices<S extends z.ZodMiniType>(
  schema: S,
  items: readonly unknown[],
  at: string,
): Promise<{ items: z.output<S>[]; skipped: number }> {
  const { kept, read } = itemReader(schema, at);
  for (let start = 0; start < items.length; start += SLICE) {
    if (start) await nextTask();
    for (let index = start; index < Math.min(items.length, start + SLICE); index++) read(items[index], index);
  }
  return { items: kept, skipped: items.length - kept.length };
}

/**
 * Lets the page run before going on: a message to ourselves, a task that waits behind the page's
 * own. Not a timer: chained timers wait 4 ms each, and a second or more in a hidden tab.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** One item at a time, into `kept`: what parseItems and parseItemsInSlices share. */
function itemReader<S extends z.ZodMiniType>(
  schema: S,
  at: string,
  report?: SkipReport,
  idOf?: (item: z.output<S>) => string,
) {
  const kept: z.output<S>[] = [];
  const seen = new Set<string>();
  const read = (item: unknown, index: number): void => {
    const result = schema.safeParse(item);
    if (!result.success) {
      report?.(...whyInvalid(schema, item, [at, index]));
      return;
    }
    const id = idOf?.(result.data);
    if (id !== undefined) {
      if (seen.has(id)) {
        report?.(join(at, index, 'id'), `an earlier item has the id ${id}`);
        return;
      }
      seen.add(id);
    }
    kept.push(result.data);
  };
  return { kept, read };
}

/**
 * Schemas built the first time a feed of their kind is read. Building zod schemas is most of what
 * evaluating the whole-library script costs a page (measured with the bench's `iife` case), and a
 * page may never read some kinds of feed at all.
 */
export function builtOnFirstUse<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build();
    return built;
  };
}
