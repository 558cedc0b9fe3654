import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// Each sentence stands under a headline, as in an article.
const inArticle = (sentence: string) => `きょうの経済\n${sentence}`;

describe('a name ending in a lender’s, a school’s or an exchange’s word is a body (信金, 共済, 専門学校, 取引所)', () => {
  it.each([
    ['北辰信金の調べでは、取引先の4割が価格転嫁を進めている。', '4割', '北辰信金'],
    ['県職員共済が今年2月に行った調査で、加入者の3割が住宅ローンを抱えていた。', '3割', '県職員共済'],
    ['北辰医療専門学校が行ったアンケートで、学生の6割がアルバイトをしていると答えた。', '6割', '北辰医療専門学校'],
    ['北辰信用金庫が会員を対象に行った調査で、利用者は前年より5%増えた。', '5%', '北辰信用金庫'],
    ['北辰商品取引所が行った調査で、利用者は前年より5%増えた。', '5%', '北辰商品取引所'],
    ['北辰保健所が行った調査で、利用者は前年より5%増えた。', '5%', '北辰保健所'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(inArticle(text), figure)).toContain(source);
  });

  it.each([
    ['自宅の金庫から現金約300万円が盗まれた。', '300万円'],
    ['共済の掛け金は月2000円だ。', '2000円'],
    ['大学院の授業料は年間約54万円だ。', '54万円'],
  ])('no name: %s', (text, figure) => {
    expect(nameOf(inArticle(text), figure)).toBe('');
  });
});
