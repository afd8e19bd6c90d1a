import '../core/jitless.js';
import * as z from 'zod/mini';

/** An address the form will send: trimmed before this check, at most 254 characters (RFC 5321). */
export const EmailSchema = z.email().check(z.maxLength(254));
