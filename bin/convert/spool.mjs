// A converted feed's items, written to a temporary file as they are made, so memory stays flat
// whatever the feed's size; the feed is written out once it is whole (nothing for broken input).
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Indents each line of `json` by `spaces`, as JSON.stringify would at that depth. */
const indent = (json, spaces) => json.replace(/\n/g, `\n${' '.repeat(spaces)}`);

export class ItemSpool {
  folder = mkdtempSync(join(tmpdir(), 'news-widgets-'));
  file = join(this.folder, 'items.json');
  out = createWriteStream(this.file);
  count = 0;

  /** One item, serialized once, as it will stand in the feed's `items`. */
  add(item) {
    this.out.write(`${this.count++ ? ',\n' : ''}    ${indent(JSON.stringify(item, null, 2), 4)}`);
  }

  /** `feed` with the spooled items, as JSON.stringify(…, null, 2) writes it, to `stream`. */
  async writeFeed(feed, stream) {
    this.out.end();
    await once(this.out, 'close');
    const head = JSON.stringify({ ...feed, items: [] }, null, 2);
    const [before] = head.split(/\[\]\n\}$/);
    if (!this.count) {
      stream.write(`${head}\n`);
      return;
    }
    stream.write(`${before}[\n`);
    await pipeline(createReadStream(this.file), stream, { end: false });
    stream.write('\n  ]\n}\n');
  }

  async remove() {
    if (!this.out.closed) {
      this.out.destroy();
      await once(this.out, 'close').catch(() => {});
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}
