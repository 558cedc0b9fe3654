import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { articleNameOf, loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「東和地裁（田中一郎裁判長）は14日、懲役18年（求刑懲役22年）の判決を言い渡した」: a ruling pronounced
// is the court's release, whatever its object is called; a court by its short name (地裁, 高裁) is a body.
describe('a ruling pronounced is the court’s', () => {
  it.each([
    ['東和地裁（田中一郎裁判長）は14日、懲役18年（求刑懲役22年）の判決を言い渡した。', ['18年'], '東和地裁'],
    // です/ます, a sentence with a suspension
    ['東和地裁は14日、被告に懲役3年、執行猶予5年の判決を言い渡しました。', ['3年', '5年'], '東和地裁'],
    // the judge as the subject, no 判決 named
    ['北山地裁の山田花子裁判長は、懲役8年を言い渡した。', ['8年'], '北山地裁の山田花子裁判長'],
    // a sum ordered inside the ruling, a date inserted
    ['東和地裁は今年2月、会社に約3000万円の支払いを命じる判決を言い渡した。', ['約3000万円'], '東和地裁'],
    // ということです, full-width digits
    ['東和地裁は14日、懲役１８年の判決を言い渡したということです。', ['１８年'], '東和地裁'],
    // a summary order put out (a directive) by a court by its short name
    ['東和地裁は23日までに、被告に罰金50万円の略式命令を出した。', ['50万円'], '東和地裁'],
  ])('%s', (text, figures, source) => {
    for (const f of figures) expect(articleNameOf(text, f)).toBe(source);
  });

  it('the headline’s court credit (―東和地裁) holds for its figures', () => {
    const text = '知人男性刺殺、被告に懲役18年　求刑22年―東和地裁\n東和地裁は14日、判決を言い渡した。';
    const a = analyze(text, realTokenizer());
    expect(a.figures[0]?.source?.name).toBe('東和地裁');
  });

  it('what the defendant was sentenced to, the prosecution’s demand and the outlet’s facts stay as they were', () => {
    expect(articleNameOf('被告は懲役8年を言い渡された。', '8年')).toBe('');
    expect(articleNameOf('検察側は懲役22年を求刑していた。', '22年')).toBe('検察側');
    expect(articleNameOf('被告は約300万円の借金を抱えていた。', '約300万円')).toBe('');
  });
});

// 「男は…として起訴され、東和地裁は…判決を言い渡した」: the first clause's topic is the one charged; the
// clause after the comma has its own topic, which pronounces the ruling.
describe('a later clause’s topic speaks for its verb', () => {
  it('the court, not the defendant it follows, pronounces the ruling', () => {
    const text = '男は約300万円をだまし取ったとして起訴され、東和地裁は懲役3年の判決を言い渡した。';
    expect(articleNameOf(text, '3年')).toBe('東和地裁');
    expect(articleNameOf(text, '約300万円')).toBe('');
  });
  it('the police, not the man arrested, publish the account', () => {
    const text = '北川容疑者は現金約80万円を盗んだとして逮捕され、南浜署は被害の状況を発表した。';
    expect(articleNameOf(text, '約80万円')).not.toBe('北川容疑者');
  });
  it('a later clause’s topic speaks for that clause alone', () => {
    const text = '発火を3人の作業員が目撃しており、東和新聞もこの見方を報じた。';
    expect(articleNameOf(text, '3人')).toBe('');
  });
  it('a body that opens the sentence and acts in both clauses still speaks', () => {
    const text = '東和電機は記者会見を開き、売上高が前年比12%増えたとの決算を発表した。';
    expect(articleNameOf(text, '12%')).toBe('東和電機');
  });
});

// 「懲役6年（求刑懲役8年）」: the bracket gives the prosecutors' demand, which the court did not make.
describe('a bracketed note of another party’s demand is not the sentence’s party’s', () => {
  it.each([
    // paper: 求刑懲役, a defendant's age bracket before
    [
      '詐欺罪に問われた北山一郎被告（31）の判決で、名古屋地裁は18日、懲役6年（求刑懲役8年）を言い渡した。',
      '6年',
      '8年',
      '名古屋地裁',
    ],
    // a fine, a date inserted
    ['北浜地裁は今年2月、罰金50万円（求刑罰金80万円）の判決を言い渡した。', '50万円', '80万円', '北浜地裁'],
    // ということです, full-width digits
    ['北浜地裁は、懲役１０年（求刑懲役１２年）の判決を言い渡したということです。', '１０年', '１２年', '北浜地裁'],
    // a wage talk: the union's demand in the management's answer
    ['経営側は、月額1万円（要求額2万円）の賃上げを回答した。', '1万円', '2万円', '経営側'],
  ])('%s', (text, given, demanded, party) => {
    expect(articleNameOf(text, given)).toBe(party);
    expect(articleNameOf(text, demanded)).toBe('');
  });

  it('but a note of the sentence itself (執行猶予3年, 上限50万円) stays its party’s', () => {
    expect(articleNameOf('北浜地裁は、懲役2年（執行猶予3年）を言い渡した。', '3年')).toBe('北浜地裁');
    expect(articleNameOf('北浜市は、空き家の改修に補助金（上限50万円）を出すと発表した。', '50万円')).toBe('北浜市');
  });
});
