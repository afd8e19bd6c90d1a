// The demo's three partner pages: one article page, three ways of embedding the widgets.
import { readFileSync } from 'node:fs';

const template = readFileSync(new URL('./partner-page.html', import.meta.url), 'utf8');

/** The strict policy of the hostile page: no inline script or style, no eval, nothing foreign. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

const iife = '    <script src="/dist/news-widgets.iife.js"></script>\n';

export const PAGES = {
  '/demo/': {
    title: 'Вести Приморья — виджеты «Большой Азии» одним тегом',
    lead: 'Все виджеты подключены одним классическим тегом &lt;script&gt; (news-widgets.iife.js).',
    description: 'все виджеты одним тегом script.',
    head: iife,
  },
  '/demo/loader.html': {
    title: 'Вести Приморья — виджеты через загрузчик',
    lead: 'Виджеты подключены через loader.js: код каждого элемента загружается, только когда элемент есть на странице.',
    description: 'виджеты через загрузчик loader.js.',
    // The loader lets the page paint first: the stylesheet gives every element its box meanwhile.
    head: '    <link rel="stylesheet" href="/dist/news-widgets.css" />\n    <script type="module" src="/dist/loader.js"></script>\n',
  },
  '/demo/hostile.html': {
    title: 'Вести Приморья — враждебная страница',
    lead: 'Жёсткая CSP, глобальный сброс стилей, font-size: 10px на html, line-height: 3 на всём, скрипт подключён дважды. Виджеты выглядят так же.',
    description: 'жёсткая CSP и враждебные стили.',
    // The script twice, after a stylesheet that tries to break everything.
    head: `    <link rel="stylesheet" href="/demo/hostile.css" />\n${iife}${iife}`,
    headers: { 'Content-Security-Policy': STRICT_CSP },
  },
};
PAGES['/demo/index.html'] = PAGES['/demo/'];

/** A request handler per page path. */
export const pageRoutes = Object.fromEntries(
  Object.entries(PAGES).map(([path, page]) => [
    path,
    (_req, res) => {
      const html = template
        .replace('{{title}}', page.title)
        .replace('{{head}}', page.head)
        .replace('{{description}}', page.description)
        .replace('{{lead}}', page.lead);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
      res.end(html);
    },
  ]),
);
