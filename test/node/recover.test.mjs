// The mends of bin/convert/recover.mjs on a document fed in chunks cut anywhere: the same text
// whatever the cuts, so a stream mends as a whole file does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BareAmpersands, Recoveries } from '../../bin/convert/recover.mjs';

const DOCUMENT = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY brand "A&amp;B"> ]>
<rss><!-- R&D -->
<title a="?x=1&y=2">AT&T &amp; &eacute; &#233; &#xE9; &T; & end</title>
<![CDATA[ a & b ]]><?pi & ?>
<last>&</last></rss>`;

const mend = (chunks) => {
  const recoveries = new Recoveries();
  const transform = new BareAmpersands(recoveries);
  let out = '';
  chunks.forEach((chunk, i) => {
    out += transform.push(chunk, i === chunks.length - 1);
  });
  return { out, recoveries };
};

describe('bare ampersands', () => {
  it('escapes each "&" that starts no reference, in text and attributes only', () => {
    const { out, recoveries } = mend([DOCUMENT]);
    assert.equal(
      out,
      DOCUMENT.replace('?x=1&y=2', '?x=1&amp;y=2')
        .replace('AT&T', 'AT&amp;T')
        .replace('& end', '&amp; end')
        .replace('<last>&</last>', '<last>&amp;</last>'),
    );
    assert.equal(recoveries.ampersands, 4);
    assert.equal(recoveries.first, '4:15');
  });

  it('gives the same text and count for every cut of the document into two and into pieces of 1 to 7', () => {
    const whole = mend([DOCUMENT]);
    for (let cut = 0; cut <= DOCUMENT.length; cut++) {
      const { out, recoveries } = mend([DOCUMENT.slice(0, cut), DOCUMENT.slice(cut)]);
      assert.equal(out, whole.out, `cut at ${cut}`);
      assert.equal(recoveries.ampersands, whole.recoveries.ampersands);
      assert.equal(recoveries.first, whole.recoveries.first);
    }
    for (let size = 1; size <= 7; size++) {
      const pieces = DOCUMENT.match(new RegExp(`[^]{1,${size}}`, 'g'));
      assert.equal(mend(pieces).out, whole.out, `pieces of ${size}`);
    }
  });
});
