export {};

// Runs inside the strict-CSP page: records every violation, loads the elements, and reports to the
// test (the parent frame) once each element has settled and the article body has been sanitized.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
});

await import('../../src/index.js');

const elements = [
  ...document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('news-card, news-feed'),
];
await Promise.all(
  elements.map(
    (el) =>
      new Promise<void>((resolve) => {
        const settled = () => ['ready', 'error', 'empty'].includes(el.getAttribute('status') ?? '');
        if (settled()) return resolve();
        el.addEventListener('widget-load', () => resolve(), { once: true });
        el.addEventListener('widget-error', () => resolve(), { once: true });
      }),
  ),
);
// A full card settles only once its sanitized body is on screen.
const full = document.getElementById('full') as HTMLElement;
// Violations are reported asynchronously: give the browser a frame to deliver any that are due.
await new Promise(requestAnimationFrame);
parent.postMessage(
  {
    violations,
    statuses: elements.map((el) => `${el.id}:${el.getAttribute('status')}`),
    body: full.shadowRoot?.querySelector('.body')?.textContent,
  },
  '*',
);
