import { clock } from './clock.js';
import { type FeedError, isAbort, toFeedError } from './errors.js';
import { fetchJson, timeoutMs } from './request.js';

/** What one URL has given so far. Shared by every element that asks for it. */
export interface FeedEntry {
  readonly url: string;
  /** A request is under way (a first load, a refresh or a retry). */
  pending: boolean;
  /** The last good document, and when it arrived. */
  json?: unknown;
  fetchedAt: number;
  /** The last failure; cleared by the next success. */
  error?: FeedError;
  /** Validated results per parser, so elements of one kind parse a document once. */
  readonly parsed: Map<unknown, unknown>;
}

export interface Subscriber {
  /** Re-fetch interval in ms; 0 for none. A result older than this is not reused. */
  refresh: number;
  /** Request timeout in ms. */
  timeout: number;
  /** Called when the entry changes: a request starts or settles. */
  notify(entry: FeedEntry): void;
}

interface Slot extends FeedEntry {
  subscribers: Set<Subscriber>;
  /** When the last request settled, well or badly: the refresh timer counts from here. */
  settledAt: number;
  controller?: AbortController;
  refreshTimer?: unknown;
}

/** Refresh intervals below this are raised to it. */
export const MIN_REFRESH_MS = 30_000;

const slots = new Map<string, Slot>();

/**
 * Asks for `url` on behalf of one element. Requests once per URL for all subscribers, reuses a
 * result within the freshness window and never caches a failure. Returns the unsubscribe function.
 */
export function subscribe(url: string, subscriber: Subscriber): () => void {
  let slot = slots.get(url);
  if (!slot) {
    slot = { url, pending: false, fetchedAt: 0, settledAt: 0, parsed: new Map(), subscribers: new Set() };
    slots.set(url, slot);
  }
  slot.subscribers.add(subscriber);
  const stale =
    subscriber.refresh > 0 && clock().now() - slot.fetchedAt >= Math.max(subscriber.refresh, MIN_REFRESH_MS);
  if (!slot.pending && (slot.json === undefined || slot.error || stale)) {
    start(slot, subscriber.timeout);
  } else {
    subscriber.notify(slot);
  }
  scheduleRefresh(slot);
  return () => unsubscribe(slot, subscriber);
}

/** Fetches `url` again now (the Retry button), for every element on it. */
export function reload(url: string): void {
  const slot = slots.get(url);
  if (!slot || slot.pending) return;
  start(slot, timeoutOf(slot));
}

/** Forgets every cached result and aborts every request. For tests and hot reload. */
export function clearFeedCache(): void {
  for (const slot of slots.values()) {
    slot.controller?.abort();
    clock().clearTimeout(slot.refreshTimer);
  }
  slots.clear();
}

function unsubscribe(slot: Slot, subscriber: Subscriber): void {
  slot.subscribers.delete(subscriber);
  scheduleRefresh(slot);
  // Wait a microtask: an element moved in the DOM unsubscribes and subscribes again at once.
  queueMicrotask(() => {
    if (slot.subscribers.size > 0 || slots.get(slot.url) !== slot) return;
    if (slot.pending) {
      slot.controller?.abort();
      slots.delete(slot.url);
    }
  });
}

function start(slot: Slot, timeout: number): void {
  const controller = new AbortController();
  slot.controller = controller;
  slot.pending = true;
  clock().clearTimeout(slot.refreshTimer);
  broadcast(slot);
  fetchJson(slot.url, { signal: controller.signal, timeout }).then(
    (json) => {
      if (controller.signal.aborted) return;
      Object.assign(slot, { pending: false, json, error: undefined, fetchedAt: clock().now() });
      slot.parsed.clear();
      settle(slot);
    },
    (error: unknown) => {
      if (controller.signal.aborted || isAbort(error)) return;
      Object.assign(slot, { pending: false, error: toFeedError(error, 'network') });
      settle(slot);
    },
  );
}

function settle(slot: Slot): void {
  slot.controller = undefined;
  slot.settledAt = clock().now();
  broadcast(slot);
  scheduleRefresh(slot);
}

function broadcast(slot: Slot): void {
  for (const subscriber of [...slot.subscribers]) subscriber.notify(slot);
}

/** The most patient subscriber's timeout (each already has the default applied). */
function timeoutOf(slot: Slot): number {
  let timeout = 0;
  for (const { timeout: t } of slot.subscribers) timeout = Math.max(timeout, t);
  return timeout || timeoutMs(undefined);
}

/** One timer per URL, at the shortest interval any of its subscribers asked for. */
function scheduleRefresh(slot: Slot): void {
  clock().clearTimeout(slot.refreshTimer);
  slot.refreshTimer = undefined;
  if (slot.pending || (slot.json === undefined && !slot.error)) return;
  let interval = Number.POSITIVE_INFINITY;
  for (const { refresh } of slot.subscribers) if (refresh > 0) interval = Math.min(interval, refresh);
  if (interval === Number.POSITIVE_INFINITY) return;
  interval = Math.max(interval, MIN_REFRESH_MS);
  const due = Math.max(0, slot.settledAt + interval - clock().now());
  slot.refreshTimer = clock().setTimeout(() => {
    slot.refreshTimer = undefined;
    if (slot.subscribers.size > 0 && !slot.pending) start(slot, timeoutOf(slot));
  }, due);
}
