import type { FeedErrorCode } from '../errors.js';

/** The core's own words: the loading, error and empty states every element shares. */
export const en = {
  loading: 'Loading…',
  empty: 'Nothing here yet.',
  retry: 'Try again',
  errors: {
    network: 'Could not connect. Check your connection and try again.',
    timeout: 'The server is taking too long to answer.',
    http: 'The server could not send this content right now.',
    parse: 'This content could not be read.',
    schema: 'This content is in a format we cannot show.',
  } satisfies Record<FeedErrorCode, string>,
};

export type CoreMessages = typeof en;
