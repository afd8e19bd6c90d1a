import { countLabel } from '../core/format.js';
import { catalog } from '../core/messages.js';

const en = {
  label: 'Countries',
  filter: 'Filter countries',
  /** The weight said in words, after the name: "China, 340 articles". */
  weight: (locale: string, weight: number) => countLabel(locale, weight, { one: 'article', other: 'articles' }),
  noMatch: 'No country matches.',
};

const ru: typeof en = {
  label: 'Страны',
  filter: 'Найти страну',
  weight: (locale, weight) =>
    countLabel(locale, weight, { one: 'материал', few: 'материала', many: 'материалов', other: 'материала' }),
  noMatch: 'Таких стран нет.',
};

export const cloudMessages = catalog({ en, ru });
export type CloudMessages = typeof en;
