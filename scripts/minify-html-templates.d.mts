import type { Plugin } from 'vite';

export function minifyHtml(code: string, parse: (code: string) => unknown, options?: { keepLines?: boolean }): string;
export function minifyHtmlTemplates(): Plugin;
