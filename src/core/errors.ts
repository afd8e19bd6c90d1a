/** What went wrong while getting a feed; public in `widget-error`'s detail. */
export type FeedErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'schema';

/** A failure with a code the UI can explain and a host page can act on. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedError';
  }
}

/** Turns anything thrown into a FeedError, so no foreign error reaches the host page. */
export function toFeedError(error: unknown, fallback: FeedErrorCode = 'schema'): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError(fallback, error instanceof Error ? error.message : String(error));
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';
