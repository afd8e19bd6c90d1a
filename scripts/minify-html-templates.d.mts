import type { Plugin } from 'vite';

export function minifyHtml(code: string, parse: (code: string) => unknown, options?: { keepLines?: boolean }): string;
export function minifyHtmlTemplates(): Plugin;
export function minifyHtmlTemplatesForTests(parse: (code: string) => unknown): {
  name: string;
  transform(context: { path: string; body: unknown }): { body: string } | undefined;
};
