import sample from '../../demo/feeds/tv-schedule.json';

const TITLES = [
  'Новости',
  'Вокруг света пешком. Израиль',
  'Азия Джона Торода. Китай. Макао',
  'Большое интервью',
  'Документальный фильм «Шёлковый путь»',
  'Кухни Азии',
  'Экономика региона',
  'Путешествие по Монголии',
];

/** `count` programmes of 25–60 minutes from `start`, built around the sample's titles and rating. */
export function sampleSchedule(count: number, start = new Date('2023-10-20T00:00:00+03:00')) {
  let at = start.getTime();
  return {
    channel: sample.channel,
    programmes: Array.from({ length: count }, (_, i) => {
      const minutes = [25, 30, 45, 60, 7][i % 5];
      const programme = {
        start: new Date(at).toISOString().replace('.000Z', 'Z'),
        end: new Date(at + minutes * 60_000).toISOString().replace('.000Z', 'Z'),
        title: TITLES[i % TITLES.length],
        category: i % 3 === 0 ? 'Документальный' : undefined,
        rating: (['0+', '6+', '12+', '16+', '12+'] as const)[i % 5],
      };
      at += minutes * 60_000;
      return programme;
    }),
  };
}
