import type { PluralForms } from '../core/format.js';
import { catalog } from '../core/messages.js';

const en = {
  readMore: 'Read more',
  photo: (credit: string) => `Photo: ${credit}`,
  views: { one: 'view', other: 'views' } as PluralForms,
  authors: 'By',
  tags: 'Tags',
  list: 'News',
  /** `Intl.DateTimeFormat` options for the date in the meta line: Oct 19, 2023. */
  date: { year: 'numeric', month: 'short', day: 'numeric' } as Intl.DateTimeFormatOptions,
};

const ru: typeof en = {
  readMore: 'Читать далее',
  photo: (credit) => `Фото: ${credit}`,
  views: { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' },
  authors: 'Авторы',
  tags: 'Теги',
  list: 'Новости',
  // 19.10.2023
  date: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

export const newsMessages = catalog({ en, ru });
export type NewsMessages = typeof en;
