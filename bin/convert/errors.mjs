// How the command fails: exit 1 for broken input, exit 2 for input it could not read at all.

/** A failure in the input: exit 1, with where it broke. */
export class InputError extends Error {}

/** The input could not be read at all (no such file, HTTP 404, no answer): exit 2, as for a usage error. */
export class SourceError extends Error {}
