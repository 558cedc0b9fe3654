import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The source name of the headline figure written `surface` ('' when none). */
function headlineSource(text: string, surface: string): string {
  const f = analyze(text, realTokenizer()).figures.find((g) => g.text.includes(surface));
  if (!f) throw new Error(`${surface} not found as a figure`);
  return f.source?.name ?? '';
}

// 「…7割超―北海運協調査」 over 「北海道貨物運送協会（北海運協）は…」: a short name the article defines in
// brackets after a body's full name labels a headline as the full name would.
describe('a headline label by a short name the article defines', () => {
  it.each([
    // after a dash at the headline's end: the whole headline, as a wire's credit
    [
      '運転手不足「深刻」7割超　残業規制2カ月―北海運協調査\n北海道貨物運送協会（北海運協）は5日、会員アンケートの結果を公表した。',
      '7割超',
      '北海運協',
    ],
    // after a full-width space, です/ます in the body, a modifier before the full name
    [
      '運転手不足7割超　北海運協調査\n運送会社でつくる北海道貨物運送協会（北海運協）は5日、会員アンケートの結果を公表しました。',
      '7割超',
      '北海運協',
    ],
    // the short name alone after a dash, a date in the body
    [
      '運転手不足、7割超に―北海運協\n北海道貨物運送協会（北海運協）は今年2月に、会員アンケートの結果を公表した。',
      '7割超',
      '北海運協',
    ],
    // a report (報告) labels as a survey does; kanji or Latin short names
    [
      '世界気温、平年比1.4度高く　北気機報告「目標は危機的」\n北太平洋気象機関（北気機）は11日、暫定報告を公表した。',
      '1.4度',
      '北気機',
    ],
    [
      '世界気温、平年比1.4度高く　WXO報告「目標は危機的」\n世界天候機関（WXO）は11日、暫定報告を公表した。',
      '1.4度',
      'WXO',
    ],
    ['賃上げ5%超、3年連続　東経連集計\n東和経営者連盟（東経連）は23日までに、春闘の集計をまとめた。', '5%超', '東経連'],
  ])('%s', (text, figure, source) => {
    expect(headlineSource(text, figure)).toBe(source);
  });

  it('a short name the article never defines after a body is no credit', () => {
    const text = '東和FC、3連勝で首位に　北海運協\n東和FCは5日、北海運協杯で3連勝した。';
    expect(headlineSource(text, '3連勝')).toBe('');
  });
});
