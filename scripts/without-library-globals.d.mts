import type { Plugin } from 'vite';

export function withoutLibraryGlobals(): Plugin;
