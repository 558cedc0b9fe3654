import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a sentence demanded is the demander’s (求刑, as 請求 and 要求 are)', () => {
  it.each([
    [
      '北浜市の元職員、田村一郎被告（52）の論告求刑公判が10日、北浜地裁であり、検察側は懲役4年を求刑した。',
      '4年',
      '検察側',
    ],
    ['北浜地検は論告で、罰金300万円を求刑した。', '300万円', '北浜地検'],
    ['検察は、きょうの裁判で懲役３年６か月を求刑しました。', '３年６か月', '検察'],
    ['検察側は23日までに、被告に懲役10年を求刑している。', '10年', '検察側'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('a count of people at the trial is the outlet’s', () => {
    expect(nameOf('公判は10日、東和地裁で開かれ、傍聴券を求めて約200人が並んだ。', '約200人')).toBe('');
  });
});

describe('an indictment or a complaint gives its counts as the document states them', () => {
  it.each([
    [
      '起訴状によると、田村被告は2019年から22年にかけ、計8件、約2400万円をだまし取ったとされる。',
      '約2400万円',
      '起訴状',
    ],
    ['起訴状などによると、被告は架空の請求書で計12回、約900万円を引き出した。', '約900万円', '起訴状'],
    ['訴状によると、原告らは2020年から23年にかけ、月平均約80時間の残業をしたと主張している。', '約80時間', '訴状'],
    [
      '訴状によると、原告らは配送を担当。倉庫での待機は1日約3時間に上り、持ち場を離れられなかったと主張していた。',
      '約3時間',
      '訴状',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a claim with no subject after the other side’s rebuttal is that side’s', () => {
    const text =
      '運送会社「南港ロジテック」の元運転手ら8人が、未払い賃金の支払いを求めた訴訟の判決が10日、東和地裁であった。\n訴状などによると、原告らは配送を担当していた。これに対し同社側は「待機中は休憩できた」と反論。未払いがあっても総額は約800万円にとどまるとして、請求の棄却を求めていた。';
    expect(nameOf(text, '約800万円')).toBe('南港ロジテック');
  });
});

describe('判決は、… opens a ruling: the clause after it is the ruling’s words, not its inner topic’s', () => {
  it.each([
    '東和地裁は26日、運送会社に約3000万円の支払いを命じた。\n判決は、運転手は休憩中も呼び出しに応じる必要があったと指摘。未払い賃金を計約2500万円と算定したうえで、約500万円の付加金の支払いも命じた。',
    '北浜地裁で26日、判決が言い渡された。\n判決は、会社は安全配慮を怠ったと認定し、遺族に計約2500万円を支払うよう命じました。',
  ])('%s', (text) => {
    const name = nameOf(text, '計約2500万円');
    expect(name === '判決' || name.includes('地裁')).toBe(true);
  });

  it('the judge named as the subject orders for the court (sources/bench.ts)', () => {
    const text = '判決で東和地裁の山本一郎裁判長は、会社側の主張を退け、約1200万円の支払いを命じた。';
    expect(nameOf(text, '約1200万円')).toBe('東和地裁');
  });
});
