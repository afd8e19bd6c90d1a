import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FeedError } from '../../src/core/errors.js';
import { parseItems, parseStrict, whyInvalid } from '../../src/core/validate.js';

const Item = z.object({ id: z.string() });
const Envelope = z.object({ items: z.array(z.unknown()) });

/** The widget-error message parseStrict gives for `input`. */
const message = (schema: z.ZodMiniType, input: unknown) => {
  try {
    parseStrict(schema, input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).code).to.equal('schema');
    return (error as FeedError).message;
  }
  throw new Error('expected a schema error');
};
const why = (schema: z.ZodMiniType, input: unknown) => whyInvalid(schema, input);

describe('validate', () => {
  it('passes a good envelope through, dropping unknown fields of a plain object', () => {
    expect(parseStrict(Envelope, { items: [], extra: true })).to.deep.equal({ items: [] });
  });

  it('throws a schema FeedError naming the first bad path, the root, and nested paths in full', () => {
    expect(message(Envelope, { items: 'no' })).to.equal('Feed does not match its schema at items: expected array');
    expect(message(Envelope, 'a string')).to.equal('Feed does not match its schema at (root): expected object');
    expect(message(Envelope, {})).to.equal('Feed does not match its schema at items: required');
    expect(message(z.object({ items: z.array(Item) }), { items: [{ id: 'a' }, { id: 2 }] })).to.equal(
      'Feed does not match its schema at items.1.id: expected string',
    );
  });

  it('says why in English for each kind of rule', () => {
    expect(why(Item, {})).to.deep.equal(['id', 'required']);
    expect(why(z.number(), Number.NaN)).to.deep.equal(['', 'expected number']);
    expect(why(z.int(), 1.5)).to.deep.equal(['', 'expected int']);
    expect(why(z.number().check(z.multipleOf(1)), 1.5)).to.deep.equal(['', 'expected a whole number']);
    expect(why(z.string().check(z.minLength(1)), '')).to.deep.equal(['', 'too short']);
    expect(why(z.number().check(z.minimum(0)), -1)).to.deep.equal(['', 'below 0']);
    expect(why(z.string().check(z.regex(/^[a-z]{2}$/)), 'kor')).to.deep.equal(['', 'does not match /^[a-z]{2}$/']);
    expect(why(z.enum(['a', 'b']), 'c')).to.deep.equal(['', 'expected one of a, b']);
    expect(why(z.string().check(z.refine(() => false, { message: 'not a real time' })), 'x')).to.deep.equal([
      '',
      'not a real time',
    ]);
  });

  it('names the option of a union that came closest, or says none matched', () => {
    const Entry = z.union([z.string(), z.object({ name: z.string(), weight: z.optional(z.number()) })]);
    expect(why(Entry, { name: 'Japan', weight: 'heavy' })).to.deep.equal(['weight', 'expected number']);
    expect(why(z.array(Entry), [1])).to.deep.equal(['0', 'matches none of its options']);
  });

  it('keeps good items in order and counts the bad', () => {
    const { items, skipped } = parseItems(Item, [{ id: 'a' }, { id: 1 }, null, { id: 'b' }], 'items');
    expect(items).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(skipped).to.equal(2);
  });

  it('reports where and why each item was skipped, duplicates included', () => {
    const reported: string[] = [];
    const { skipped } = parseItems(
      Item,
      [{ id: 'a' }, { id: 1 }, { id: 'a' }],
      'items',
      (path, reason) => reported.push(`${path}: ${reason}`),
      (item) => item.id,
    );
    expect(skipped).to.equal(2);
    expect(reported).to.deep.equal(['items.1.id: expected string', 'items.2.id: an earlier item has the id a']);
  });

  it('runs without building code at run time (no eval under a strict CSP)', () => {
    const original = globalThis.Function;
    let built = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        built += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      const Fresh = z.object({ a: z.string().check(z.regex(/^x$/)), b: z.optional(z.number()) });
      for (let i = 0; i < 100; i++) parseStrict(Fresh, { a: 'x', b: i });
    } finally {
      globalThis.Function = original;
    }
    expect(built).to.equal(0);
  });

  it('never lets a feed reach the prototype of what it returns, loose objects included', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}');
    for (const schema of [z.object({ name: z.string() }), z.looseObject({ name: z.string() })]) {
      const parsed = parseStrict(schema, input) as Record<string, unknown>;
      expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
      expect(parsed.polluted).to.equal(undefined);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
