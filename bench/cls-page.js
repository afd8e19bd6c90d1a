// One widget above a paragraph; sums the layout shifts from its insertion until it is ready and its
// images in view have loaded. The configuration comes in the query string (see run.mjs).
const params = new URLSearchParams(location.search);
let cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) cls += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

const el = document.createElement(params.get('tag'));
for (const [key, value] of params) if (key !== 'tag') el.setAttribute(key, value);
const ready = new Promise((resolve) => {
  el.addEventListener('widget-load', resolve, { once: true });
  el.addEventListener('widget-error', resolve, { once: true });
  if (el.localName === 'subscribe-form') resolve();
});
// Paint the page first, so the widget's arrival is measured as a partner sees it.
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
document.getElementById('slot').append(el);
await ready;
await el.updateComplete;
const images = [...el.shadowRoot.querySelectorAll('img')];
await Promise.all(images.map((img) => (img.complete ? null : new Promise((done) => (img.onload = img.onerror = done)))));
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
window.clsResult = cls;
