import type { Plugin } from 'vite';

export function loaderPreloads(): Plugin;
