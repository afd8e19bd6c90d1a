import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FeedError } from '../../src/core/errors.js';
import { parseItems, parseStrict } from '../../src/core/validate.js';

const Item = z.object({ id: z.string() });
const Envelope = z.object({ items: z.array(z.unknown()) });

describe('validate', () => {
  it('passes a good envelope through, dropping unknown fields', () => {
    expect(parseStrict(Envelope, { items: [], extra: true })).to.deep.equal({ items: [] });
  });

  it('throws a schema FeedError naming the bad path', () => {
    try {
      parseStrict(Envelope, { items: 'no' });
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(FeedError);
      expect((error as FeedError).code).to.equal('schema');
      expect((error as FeedError).message).to.contain('items');
    }
  });

  it('keeps good items in order and counts the bad', () => {
    const { items, skipped } = parseItems(Item, [{ id: 'a' }, { id: 1 }, null, { id: 'b' }]);
    expect(items).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(skipped).to.equal(2);
  });

  it('runs without building code at run time (no eval under a strict CSP)', () => {
    // zod's JIT probe calls the Function constructor; jitless mode must keep it from ever running.
    const original = globalThis.Function;
    let built = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        built += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      const Fresh = z.object({ a: z.string(), b: z.optional(z.number()) });
      parseStrict(Fresh, { a: 'x', b: 1 });
    } finally {
      globalThis.Function = original;
    }
    expect(built).to.equal(0);
  });
});
