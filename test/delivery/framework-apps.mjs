// Minimal apps, one per framework, written the way each framework's users write them, for the
// package test to bundle from the installed package and run in Chromium. Each app renders a
// <news-card> from `src` and a <news-feed> from a bound `data` object, listens to `widget-load`
// with the framework's own binding, and renders a <tv-schedule> whose feed never answers; then
// window.app.unmount() must abort that request and leave no error behind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What every app reports, for the test to wait on and read. */
const REPORT = `
  window.loaded = [];
  const onLoad = (event) => window.loaded.push(event.target.localName + ':' + event.detail.data.items.length);
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Из данных' }] };`;

export const APPS = {
  // React 19 passes `on` + the event name as a listener to a custom element, and objects as properties.
  react: `import { createElement as h, Fragment } from 'react';
    import { createRoot } from 'react-dom/client';
    import 'news-widgets';
    ${REPORT}
    const root = createRoot(document.getElementById('app'));
    root.render(h(Fragment, null,
      h('news-card', { src: '/feeds/news.json', 'heading-level': 2, 'onwidget-load': onLoad }),
      h('news-feed', { data: feed, 'onwidget-load': onLoad }),
      h('tv-schedule', { src: '/hang/react' })));
    window.app = { unmount: () => root.unmount() };`,
  preact: `import { h, render, Fragment } from 'preact';
    import 'news-widgets';
    ${REPORT}
    const target = document.getElementById('app');
    render(h(Fragment, null,
      h('news-card', { src: '/feeds/news.json', 'onwidget-load': onLoad }),
      h('news-feed', { data: feed, 'onwidget-load': onLoad }),
      h('tv-schedule', { src: '/hang/preact' })), target);
    window.app = { unmount: () => render(null, target) };`,
  // Vue with its template compiler in the page (no build step for .vue files needed to show it).
  vue: `import { createApp } from 'vue/dist/vue.esm-bundler.js';
    import 'news-widgets';
    ${REPORT}
    const tags = ['news-card', 'news-feed', 'tv-schedule', 'country-tag-cloud', 'subscribe-form'];
    const app = createApp({
      data: () => ({ feed }),
      methods: { onLoad },
      template: \`<news-card src="/feeds/news.json" @widget-load="onLoad" />
        <news-feed :data="feed" @widget-load="onLoad" />
        <tv-schedule src="/hang/vue" />\`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tags.includes(tag);
    app.mount('#app');
    window.app = { unmount: () => app.unmount() };`,
  svelte: `import { mount, unmount } from 'svelte';
    import 'news-widgets';
    import App from './App.svelte';
    ${REPORT}
    const app = mount(App, { target: document.getElementById('app'), props: { feed, onLoad } });
    window.app = { unmount: () => unmount(app) };`,
};

/** The Svelte app's component, as a Svelte 5 user writes it. */
export const SVELTE_APP = `<script>
  let { feed, onLoad } = $props();
</script>

<news-card src="/feeds/news.json" onwidget-load={onLoad}></news-card>
<news-feed data={feed} onwidget-load={onLoad}></news-feed>
<tv-schedule src="/hang/svelte"></tv-schedule>
`;

/** esbuild: compiles .svelte files with the app's own Svelte compiler. */
export const sveltePlugin = (scratch) => ({
  name: 'svelte',
  setup(build) {
    build.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { compile } = await import(join(scratch, 'node_modules/svelte/src/compiler/index.js'));
      const { js } = compile(readFileSync(path, 'utf8'), { filename: path, generate: 'client' });
      return { contents: js.code, loader: 'js', resolveDir: scratch };
    });
  },
});

/**
 * Vue on a page that loads the elements through loader.js: Vue renders before the code is there,
 * sees no \`data\` property and writes the object as an attribute. The feed element must say so.
 */
export const VUE_WITH_LOADER = `import { createApp } from 'vue/dist/vue.esm-bundler.js';
  window.errors = [];
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] };
  const app = createApp({
    data: () => ({ feed }),
    methods: { onError: (event) => window.errors.push(event.target.localName + ':' + event.detail.code) },
    template: '<news-feed :data="feed" @widget-error="onError" />',
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
  app.mount('#app');`;
