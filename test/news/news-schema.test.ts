import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { NewsItemSchema } from '../../src/news/news.schema.js';
import { NewsFeedSchema as NewsFeedDocumentSchema } from '../../src/schemas.js';
import { fixture } from '../support/server.js';

describe('news feed schema', () => {
  it('accepts the publisher’s sample feed as a whole', async () => {
    const sample = await (await fetch(fixture('news.json'))).json();
    expect(NewsFeedDocumentSchema.safeParse(sample).success).to.equal(true);
  });

  it('accepts JSON Feed 1 and 1.1, and nothing else', () => {
    const feed = (version: string) => ({ version, title: 'T', items: [] });
    expect(NewsFeedDocumentSchema.safeParse(feed('https://jsonfeed.org/version/1')).success).to.equal(true);
    expect(NewsFeedDocumentSchema.safeParse(feed('https://jsonfeed.org/version/1.1')).success).to.equal(true);
    expect(NewsFeedDocumentSchema.safeParse(feed('https://jsonfeed.org/version/2')).success).to.equal(false);
  });

  it('needs an id and one of title, summary or content per item', () => {
    expect(NewsItemSchema.safeParse({ id: '1', content_text: 'x' }).success).to.equal(true);
    expect(NewsItemSchema.safeParse({ id: 1, title: 'x' }).success).to.equal(true);
    expect(NewsItemSchema.safeParse({ id: '1' }).success).to.equal(false);
    expect(NewsItemSchema.safeParse({ title: 'x' }).success).to.equal(false);
    expect(NewsItemSchema.safeParse({ id: '1', title: 'x', _news: { views: 1.5 } }).success).to.equal(false);
    expect(NewsItemSchema.safeParse({ id: '1', title: 'x', _news: { countries: ['KP', 'RUS'] } }).success).to.equal(
      false,
    );
  });

  it('exports as JSON Schema for feed producers', () => {
    const schema = z.toJSONSchema(NewsFeedDocumentSchema, { io: 'input' }) as unknown as {
      required: string[];
      properties: { items: { items: { required: string[]; properties: Record<string, unknown> } } };
    };
    expect(schema.required).to.have.members(['version', 'title', 'items']);
    expect(schema.properties.items.items.required).to.deep.equal(['id']);
    expect(schema.properties.items.items.properties).to.have.property('_news');
  });
});
