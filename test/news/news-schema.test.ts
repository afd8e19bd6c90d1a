import { expect } from '@open-wc/testing';
import { checkSchema, type JsonSchema } from '../../src/core/schema.js';
import { NewsItemSchema } from '../../src/news/news.schema.js';
import { CountriesSchema, NewsFeedSchema as NewsFeedDocumentSchema, TvScheduleSchema } from '../../src/schemas.js';
import { fixture } from '../support/server.js';

const accepts = (schema: JsonSchema, value: unknown) => {
  try {
    checkSchema(schema, value);
    return true;
  } catch {
    return false;
  }
};

describe('news feed schema', () => {
  it('accepts the publisher’s sample feeds as whole documents', async () => {
    const sample = async (name: string) => (await fetch(fixture(name))).json();
    expect(accepts(NewsFeedDocumentSchema, await sample('news.json'))).to.equal(true);
    expect(accepts(TvScheduleSchema, await sample('tv-schedule.json'))).to.equal(true);
    expect(accepts(CountriesSchema, await sample('countries.json'))).to.equal(true);
  });

  it('accepts JSON Feed 1 and 1.1, and nothing else', () => {
    const feed = (version: string) => ({ version, title: 'T', items: [] });
    expect(accepts(NewsFeedDocumentSchema, feed('https://jsonfeed.org/version/1'))).to.equal(true);
    expect(accepts(NewsFeedDocumentSchema, feed('https://jsonfeed.org/version/1.1'))).to.equal(true);
    expect(accepts(NewsFeedDocumentSchema, feed('https://jsonfeed.org/version/2'))).to.equal(false);
    expect(accepts(NewsFeedDocumentSchema, feed('https://jsonfeedxorg/version/1'))).to.equal(false);
  });

  it('needs an id and one of title, summary or content per item', () => {
    expect(accepts(NewsItemSchema, { id: '1', content_text: 'x' })).to.equal(true);
    expect(accepts(NewsItemSchema, { id: 1, title: 'x' })).to.equal(true);
    expect(accepts(NewsItemSchema, { id: '1' })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '', title: 'x' })).to.equal(false);
    expect(accepts(NewsItemSchema, { title: 'x' })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '1', title: 'x', _news: { views: 1.5 } })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '1', title: 'x', _news: { countries: ['KP', 'RUS'] } })).to.equal(false);
  });

  it('is published as JSON Schema for feed producers', () => {
    const schema = NewsFeedDocumentSchema as unknown as {
      required: string[];
      properties: { items: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(schema.required).to.have.members(['version', 'title', 'items']);
    expect(schema.properties.items.items.required).to.deep.equal(['id']);
    expect(schema.properties.items.items.properties).to.have.property('_news');
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });
});
