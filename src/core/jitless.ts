// zod builds fast parsers with `new Function` unless told not to; strict-CSP pages report even the
// probe for it. Import this module before any schema is created (validate.ts does).
import * as z from 'zod/mini';

z.config({ jitless: true });
