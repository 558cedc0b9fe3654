import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの経済\n${sentence}`;

describe('a firm whose name ends in a report word (東京商工データ) after its line of business is the body', () => {
  it.each([
    ['信用調査会社の大阪商工データによると、先月の倒産件数は892件だった。', '892件', '大阪商工データ'],
    ['調査会社の東京マーケットデータによりますと、販売台数は12万台でした。', '12万台', '東京マーケットデータ'],
    ['信用調査会社の横浜商工データによりますと、倒産件数は８９２件でした。', '８９２件', '横浜商工データ'],
    [
      '民間信用調査会社の神戸企業データによれば、負債総額は3日時点で約420億円に上るということです。',
      '約420億円',
      '神戸企業データ',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toBe(source);
  });

  it.each([
    // No line of business before の: the ministry's statistics.
    ['経済産業省の統計データによりますと、販売額は3兆円でした。', '3兆円', '経済産業省'],
    // A place and the report word alone is data about the place, the firm's own.
    ['信用調査会社の東京データによりますと、倒産件数は892件でした。', '892件', '信用調査会社'],
  ])('stays the owner: %s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toBe(source);
  });
});
