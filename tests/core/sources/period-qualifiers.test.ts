import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの経済\n${sentence}`;

describe('a quarter before a survey (4〜6月期の) tells when; the clause before names who ran it', () => {
  it.each([
    [
      'みどり信用金庫（横浜市）が取引先の中小企業を対象に行った7〜9月期の景気動向調査で、業況判断指数はマイナス8.4となった。',
      'マイナス8.4',
      'みどり信用金庫',
    ],
    ['北辰銀行が取引先を対象に行った4〜6月期の景気動向調査で、業況判断指数はマイナス3.2だった。', '3.2', '北辰銀行'],
    [
      '北辰総研が会員企業を対象に行った７～９月期の景況調査で、業況判断指数はプラス２．１となったということです。',
      '２．１',
      '北辰総研',
    ],
    [
      '東和損保が全国の男女に実施した10〜12月期の意識調査によりますと、回答者の45%が節約を意識しているということです。',
      '45%',
      '東和損保',
    ],
    ['北辰信金がまとめた１〜３月期の取引先調査では、賃上げを予定する企業が５割を超えた。', '５割', '北辰信金'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toContain(source);
  });

  it('a results period with no の is left as it was (北辰電機の3月期決算 gives no 決算 as a party)', () => {
    expect(nameOf(inArticle('北辰電機の3月期決算によると、純利益は前期比12%増の80億円だった。'), '80億円')).not.toBe(
      '決算',
    );
  });
});
