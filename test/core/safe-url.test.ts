import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/safe-url.js';

const base = 'https://example.org/feeds/news.json';

describe('safeUrl', () => {
  it('resolves relative URLs against the feed URL', () => {
    expect(safeUrl('images/a.jpg', base)).to.equal('https://example.org/feeds/images/a.jpg');
    expect(safeUrl('/news/1', base)).to.equal('https://example.org/news/1');
    expect(safeUrl('//cdn.example.org/x.png', base)).to.equal('https://cdn.example.org/x.png');
  });

  it('keeps http and https', () => {
    expect(safeUrl('http://example.com/a', base)).to.equal('http://example.com/a');
    expect(safeUrl('  https://example.com/a  ', base)).to.equal('https://example.com/a');
  });

  for (const hostile of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'mailto:a@example.org',
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      expect(safeUrl(hostile, base)).to.equal(undefined);
    });
  }

  it('refuses what is not a usable string', () => {
    for (const value of [undefined, null, 42, {}, '', '   ', 'http://[bad']) {
      expect(safeUrl(value, base)).to.equal(undefined);
    }
  });

  it('resolves against the page when no base is given', () => {
    expect(safeUrl('/x')).to.equal(new URL('/x', document.baseURI).href);
  });
});
