// The published JSON Schemas (schemas/*.json, written by zod at build time), read by a JSON Schema
// validator as a feed producer's tooling would: they accept the sample feeds, refuse broken ones,
// and agree with the zod schemas the widgets run on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { CountriesSchema, NewsFeedSchema, TvScheduleSchema } from '../../dist/schemas.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true, strictRequired: false });
const kinds = {
  news: {
    json: ajv.compile(read('schemas/news-feed.json')),
    zod: NewsFeedSchema,
    sample: read('test/fixtures/news.json'),
  },
  tv: {
    json: ajv.compile(read('schemas/tv-schedule.json')),
    zod: TvScheduleSchema,
    sample: read('test/fixtures/tv-schedule.json'),
  },
  countries: {
    json: ajv.compile(read('schemas/countries.json')),
    zod: CountriesSchema,
    sample: read('test/fixtures/countries.json'),
  },
};
const clone = (value) => structuredClone(value);

/** Broken documents of each kind: a producer's likely mistakes. */
const broken = {
  news: [
    (feed) => delete feed.version,
    (feed) => (feed.version = 'https://jsonfeed.org/version/2'),
    (feed) => (feed.items = {}),
    (feed) => delete feed.items[0].id,
    (feed) => (feed.items[0].id = ''),
    (feed) => (feed.items[0] = { id: 'only-an-id' }),
    (feed) => (feed.items[0]._news = { views: -1 }),
    (feed) => (feed.items[0]._news = { views: 1.5 }),
    (feed) => (feed.items[0]._news = { countries: ['RUS'] }),
    (feed) => (feed.items[0].authors = [{ name: 1 }]),
    (feed) => (feed.items[0].tags = 'one'),
  ],
  tv: [
    (doc) => delete doc.channel,
    (doc) => delete doc.channel.timezone,
    (doc) => (doc.programmes = null),
    (doc) => (doc.programmes[0].start = '2023-10-20 01:10'),
    (doc) => (doc.programmes[0].start = '2023-10-20T01:10:00'),
    (doc) => (doc.programmes[0].title = '   '),
    (doc) => (doc.programmes[0].rating = '21+'),
    (doc) => delete doc.programmes[0].title,
  ],
  countries: [
    (doc) => (doc.countries = 'Japan'),
    (doc) => (doc.countries[0] = '  '),
    (doc) => (doc.countries[0] = { slug: 'nowhere' }),
    (doc) => (doc.countries[0] = { name: ' ', slug: 'blank' }),
    (doc) => (doc.countries[0] = { code: 'JPN' }),
    (doc) => (doc.countries[0] = { name: 'Japan', weight: -1 }),
    (doc) => (doc.countries = [{ name: 'Japan', url: 7 }]),
  ],
};

/** Changes a valid document may carry: extensions, optional fields, the other shapes. */
const fine = {
  news: [
    (feed) => (feed.version = 'https://jsonfeed.org/version/1'),
    (feed) => (feed._publisher = { any: 'thing' }),
    (feed) => (feed.items[0]._other = [1, 2]),
    (feed) => (feed.items[0] = { id: 7, content_text: 'Text only' }),
    (feed) => (feed.items[0].author = { name: 'A', url: 'https://example.org/a' }),
  ],
  tv: [
    (doc) => (doc.programmes[0].end = '2023-10-20T02:00:00Z'),
    (doc) => (doc.programmes[0].extra = true),
    (doc) => (doc.programmes = []),
  ],
  countries: [
    (doc) => (doc.countries = ['Япония', { code: 'kr' }, { name: 'Непал', weight: 0 }]),
    (doc) => (doc.countries[0] = { name: ' ', code: 'JP' }),
  ],
};

describe('published JSON Schemas', () => {
  it('are JSON Schema 2020-12 with a title', () => {
    for (const file of ['news-feed', 'tv-schedule', 'countries']) {
      const schema = read(`schemas/${file}.json`);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(schema.title);
    }
  });

  for (const [kind, { json, zod, sample }] of Object.entries(kinds)) {
    it(`${kind}: accept the sample feed`, () => {
      assert.equal(json(sample), true, JSON.stringify(json.errors));
      assert.equal(zod.safeParse(sample).success, true);
    });

    it(`${kind}: refuse broken documents, as the zod schemas do`, () => {
      for (const breakIt of broken[kind]) {
        const doc = clone(sample);
        breakIt(doc);
        assert.equal(json(doc), false, `JSON Schema accepted ${breakIt}`);
        assert.equal(zod.safeParse(doc).success, false, `zod accepted ${breakIt}`);
      }
    });

    it(`${kind}: accept what the spec allows, as the zod schemas do`, () => {
      for (const change of fine[kind]) {
        const doc = clone(sample);
        change(doc);
        assert.equal(json(doc), true, `JSON Schema refused ${change}: ${JSON.stringify(json.errors)}`);
        assert.equal(zod.safeParse(doc).success, true, `zod refused ${change}`);
      }
    });
  }

  it('countries: accept a bare array of names and entries', () => {
    const doc = ['Япония', { code: 'CN' }];
    assert.equal(kinds.countries.json(doc), true);
    assert.equal(CountriesSchema.safeParse(doc).success, true);
  });
});
