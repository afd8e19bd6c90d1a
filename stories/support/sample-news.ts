import sample from '../../demo/feeds/news.json';

/** A feed of `count` items made from the publisher's one sample article, a day apart, newest first. */
export function sampleNews(count: number) {
  const [article] = sample.items;
  const published = new Date(article.date_published).getTime();
  return {
    ...sample,
    items: Array.from({ length: count }, (_, i) => ({
      ...article,
      id: `${article.id}-${i}`,
      title: i === 0 ? article.title : `${article.title} (${i + 1})`,
      image: new URL(article.image, new URL('/feeds/news.json', location.href)).href,
      date_published: new Date(published - i * 86_400_000).toISOString(),
      _news: { ...article._news, views: article._news.views + i * 137 },
    })),
  };
}
