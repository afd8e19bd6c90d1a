import { expect } from '@open-wc/testing';

interface Report {
  violations: string[];
  statuses: string[];
  body?: string;
}

// The elements on a page served with `script-src 'self'; style-src 'self'`: they render, sanitize
// an article full of style attributes, and the browser reports no violation at all.
describe('strict Content-Security-Policy', () => {
  it('renders every state with no violation reported', async () => {
    const frame = document.createElement('iframe');
    const report = new Promise<Report>((resolve) => {
      window.addEventListener('message', (event) => {
        if (event.source === frame.contentWindow) resolve(event.data as Report);
      });
    });
    frame.src = new URL('../csp/strict.html', import.meta.url).href;
    document.body.append(frame);
    try {
      const { violations, statuses, body } = await report;
      expect(violations).to.deep.equal([]);
      expect(statuses).to.deep.equal(['summary:ready', 'full:ready', 'feed:ready', 'error:error']);
      expect(body).to.contain('Styled paragraph «quoted»');
    } finally {
      frame.remove();
    }
  });
});
