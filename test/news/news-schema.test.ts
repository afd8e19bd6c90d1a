import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { CountriesSchema, NewsFeedSchema, NewsItemSchema, TvScheduleSchema } from '../../src/schemas.js';
import { fixture } from '../support/server.js';

const accepts = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('feed schemas', () => {
  it('accept the publisher’s sample feeds as whole documents', async () => {
    const sample = async (name: string) => (await fetch(fixture(name))).json();
    expect(accepts(NewsFeedSchema, await sample('news.json'))).to.equal(true);
    expect(accepts(TvScheduleSchema, await sample('tv-schedule.json'))).to.equal(true);
    expect(accepts(CountriesSchema, await sample('countries.json'))).to.equal(true);
  });

  it('accept JSON Feed 1 and 1.1, and nothing else', () => {
    const feed = (version: string) => ({ version, title: 'T', items: [] });
    expect(accepts(NewsFeedSchema, feed('https://jsonfeed.org/version/1'))).to.equal(true);
    expect(accepts(NewsFeedSchema, feed('https://jsonfeed.org/version/1.1'))).to.equal(true);
    expect(accepts(NewsFeedSchema, feed('https://jsonfeed.org/version/2'))).to.equal(false);
    expect(accepts(NewsFeedSchema, feed('https://jsonfeedxorg/version/1'))).to.equal(false);
  });

  it('need an id and one of title, summary or content per item', () => {
    expect(accepts(NewsItemSchema, { id: '1', content_text: 'x' })).to.equal(true);
    expect(accepts(NewsItemSchema, { id: 1, title: 'x' })).to.equal(true);
    expect(accepts(NewsItemSchema, { id: '1' })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '', title: 'x' })).to.equal(false);
    expect(accepts(NewsItemSchema, { title: 'x' })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '1', title: 'x', _news: { views: 1.5 } })).to.equal(false);
    expect(accepts(NewsItemSchema, { id: '1', title: 'x', _news: { countries: ['KP', 'RUS'] } })).to.equal(false);
  });

  it('let JSON Feed extensions through, as JSON Feed allows', () => {
    const item = { id: '1', title: 'x', _other: { a: 1 }, author: { name: 'A', _x: 1 } };
    const result = NewsItemSchema.safeParse(item);
    expect(result.success).to.equal(true);
    expect(result.data).to.have.property('_other');
  });
});
