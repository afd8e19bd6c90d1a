/**
 * Loads the sanitizer on demand, as its own chunk. The script-tag (IIFE) build swaps this module
 * for one that imports the same chunk from beside the script (see vite.config.ts).
 */
export const loadSanitizer = () => import('../core/sanitize-html.js');
