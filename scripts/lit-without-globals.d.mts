import type { Plugin } from 'vite';

export function litWithoutGlobals(): Plugin;
