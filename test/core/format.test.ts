import { expect } from '@open-wc/testing';
import {
  countLabel,
  dateTimeFormat,
  formatCount,
  isTimeZone,
  numberFormat,
  pluralWord,
} from '../../src/core/format.js';

const views = { one: 'просмотр', few: 'просмотра', many: 'просмотров', other: 'просмотра' };

describe('format', () => {
  it('chooses Russian plural forms', () => {
    expect(countLabel('ru', 1, views)).to.equal('1 просмотр');
    expect(countLabel('ru', 3, views)).to.equal('3 просмотра');
    expect(countLabel('ru', 5, views)).to.equal('5 просмотров');
    expect(countLabel('ru', 11, views)).to.equal('11 просмотров');
    expect(countLabel('ru', 21, views)).to.equal('21 просмотр');
    expect(countLabel('ru', 3259, views)).to.equal('3259 просмотров');
    expect(pluralWord('ru', 1.5, views)).to.equal('просмотра');
  });

  it('chooses English plural forms', () => {
    const forms = { one: 'view', other: 'views' };
    expect(countLabel('en', 1, forms)).to.equal('1 view');
    expect(countLabel('en', 3259, forms)).to.equal('3,259 views');
  });

  it('groups counts the way each language writes them', () => {
    expect(formatCount('ru-RU', 3259)).to.equal('3259');
    expect(formatCount('ru', 32590)).to.equal('32\u00a0590');
    expect(formatCount('en', 3259)).to.equal('3,259');
  });

  it('builds each Intl formatter once', () => {
    expect(numberFormat('ru', { maximumFractionDigits: 1 })).to.equal(numberFormat('ru', { maximumFractionDigits: 1 }));
    expect(dateTimeFormat('en', { timeZone: 'Asia/Tokyo' })).to.equal(dateTimeFormat('en', { timeZone: 'Asia/Tokyo' }));
    expect(numberFormat('ru')).not.to.equal(numberFormat('en'));
  });

  it('knows real time zones from junk', () => {
    expect(isTimeZone('Europe/Moscow')).to.equal(true);
    expect(isTimeZone('Mars/Olympus')).to.equal(false);
  });
});
