import type { Plugin } from 'vite';

export function minifyHtml(code: string, parse: (code: string) => unknown): string;
export function minifyHtmlTemplates(): Plugin;
