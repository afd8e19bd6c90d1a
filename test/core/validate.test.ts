import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/core/errors.js';
import {
  anyOf,
  array,
  checkSchema,
  integer,
  needsOneOf,
  number,
  object,
  oneOf,
  SchemaMismatch,
  string,
  unknown,
} from '../../src/core/schema.js';
import { parseItems, parseStrict } from '../../src/core/validate.js';

const Item = object({ id: string() }, ['id']);
const Envelope = object({ items: array(unknown()) }, ['items']);

const mismatch = (run: () => unknown): SchemaMismatch => {
  try {
    run();
  } catch (error) {
    if (error instanceof SchemaMismatch) return error;
    throw error;
  }
  throw new Error('expected a SchemaMismatch');
};

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
      expect((error as FeedError).message).to.equal('Feed does not match its schema at items: expected array');
    }
  });

  it('names the root when the document itself is wrong, and nested paths in full', () => {
    const message = (input: unknown) => {
      try {
        parseStrict(object({ items: array(Item) }, ['items']), input);
      } catch (error) {
        return (error as FeedError).message;
      }
    };
    expect(message('a string')).to.equal('Feed does not match its schema at (root): expected object');
    expect(message({ items: [{ id: 'a' }, { id: 2 }] })).to.equal(
      'Feed does not match its schema at items.1.id: expected string',
    );
  });

  it('keeps good items in order and counts the bad', () => {
    const { items, skipped } = parseItems(Item, [{ id: 'a' }, { id: 1 }, null, { id: 'b' }]);
    expect(items).to.deep.equal([{ id: 'a' }, { id: 'b' }]);
    expect(skipped).to.equal(2);
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
      parseStrict(object({ a: string({ pattern: '^x$' }), b: number() }, ['a']), { a: 'x', b: 1 });
    } finally {
      globalThis.Function = original;
    }
    expect(built).to.equal(0);
  });
});

describe('checkSchema', () => {
  it('checks JSON types as JSON Schema defines them', () => {
    expect(checkSchema(number(), 1.5)).to.equal(1.5);
    expect(mismatch(() => checkSchema(number(), Number.NaN)).reason).to.equal('expected number');
    expect(mismatch(() => checkSchema(number(), '1')).reason).to.equal('expected number');
    expect(mismatch(() => checkSchema(integer(), 1.5)).reason).to.equal('expected integer');
    expect(mismatch(() => checkSchema(object({}), [])).reason).to.equal('expected object');
    expect(mismatch(() => checkSchema(object({}), null)).reason).to.equal('expected object');
    expect(mismatch(() => checkSchema(array(unknown()), {})).reason).to.equal('expected array');
  });

  it('checks string length, patterns, minimums and enums', () => {
    expect(mismatch(() => checkSchema(string({ minLength: 1 }), '')).reason).to.equal('too short');
    expect(checkSchema(string({ pattern: '^[a-z]{2}$' }), 'kr')).to.equal('kr');
    expect(mismatch(() => checkSchema(string({ pattern: '^[a-z]{2}$' }), 'kor')).reason).to.contain('does not match');
    expect(mismatch(() => checkSchema(integer({ minimum: 0 }), -1)).reason).to.equal('below 0');
    expect(checkSchema(oneOf(['a', 'b']), 'b')).to.equal('b');
    expect(mismatch(() => checkSchema(oneOf(['a', 'b']), 'c')).reason).to.equal('expected one of a, b');
  });

  it('treats absent and undefined properties alike, and names the path of a missing one', () => {
    const Thing = object({ a: string(), b: string() }, ['a']);
    expect(checkSchema(Thing, { a: 'x', b: undefined })).to.deep.equal({ a: 'x' });
    expect(mismatch(() => checkSchema(array(Thing), [{ a: 'x' }, { b: 'y' }])).path).to.equal('1.a');
  });

  it('returns what the matching option of a union accepts', () => {
    const Entry = anyOf(string(), object({ name: string() }));
    expect(checkSchema(Entry, 'Japan')).to.equal('Japan');
    expect(checkSchema(Entry, { name: 'Japan', extra: 1 })).to.deep.equal({ name: 'Japan' });
    expect(mismatch(() => checkSchema(Entry, 1)).reason).to.equal('matches none of its options');
  });

  it('applies whole-object rules after the properties', () => {
    const Item = object({ title: string(), summary: string() }, [], { anyOf: needsOneOf('title', 'summary') });
    expect(checkSchema(Item, { summary: 's', other: 1 })).to.deep.equal({ summary: 's' });
    expect(mismatch(() => checkSchema(Item, {})).reason).to.equal('matches none of its options');
  });

  it('never lets a feed reach the prototype of what it returns', () => {
    const parsed = checkSchema(
      object({ name: string() }),
      JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}'),
    );
    expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
