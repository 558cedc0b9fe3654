import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

/** The month (or month span) each sentence names, read with real tokens against `published`. */
const months = (text: string, published: string) =>
  findDates(text, tokenizeText(text, tokenizer), published)
    .filter((d) => /月/.test(d.text) && !/年/.test(d.text))
    .map((d) => d.value);

/**
 * A month with no year, where the predicate right after it says no tense (7〜9月の…, 11月に落ち込み、):
 * the clause's first verb decides. Told as to come (再開する方針だ, まとめる見通しだ) it is this
 * year's even after an earlier year in the paragraph; told as past, a month after publication is last
 * year's. Each sentence is read in three articles: May, February and March.
 */
const CASES: readonly (readonly [string, readonly [unknown, unknown, unknown]])[] = [
  [
    '補助金は2022年1月に始まった。政府は、灯油の補助も7〜9月の3カ月間、再開する方針だ。',
    [
      ['2025-07', '2025-09'],
      ['2026-07', '2026-09'],
      ['2025-07', '2025-09'],
    ],
  ],
  [
    '市は2021年4月に条例を改めた。水道料金の減免は10〜12月の3カ月間、続ける予定だ。',
    [
      ['2025-10', '2025-12'],
      ['2026-10', '2026-12'],
      ['2025-10', '2025-12'],
    ],
  ],
  [
    '一方、同社の部品の出荷が10〜12月期に前年同期比12%減ったことを懸念する声がある。',
    [
      ['2024-10', '2024-12'],
      ['2025-10', '2025-12'],
      ['2024-10', '2024-12'],
    ],
  ],
  [
    'アナリストは、海外向けの販売が１１月に大きく落ち込み、前年を下回ったことを問題視する。',
    ['2024-11', '2025-11', '2024-11'],
  ],
  [
    '市場では、12月までにあと1〜2回、計0.5ポイント程度の追加利上げがあるとみている。',
    ['2025-12', '2026-12', '2025-12'],
  ],
  ['組合は2022年に結成された。11月の総会で、新たな方針をまとめる見通しだ。', ['2025-11', '2026-11', '2025-11']],
  ['県は、10月の1カ月間、県内の全校で調査を行う計画だ。', ['2025-10', '2026-10', '2025-10']],
  ['同社は2020年に上場した。12月の決算期は、前年を下回る見通しだという。', ['2025-12', '2026-12', '2025-12']],
];

const ARTICLES = ['2025-05-21', '2026-02-10', '2025-03-20'] as const;

describe('a month with no year takes the tense of its clause', () => {
  for (const [text, want] of CASES)
    for (const [k, published] of ARTICLES.entries())
      it(`${text} (${published})`, () => {
        expect(months(text, published)).toEqual([want[k]]);
      });
});

/**
 * 同日 means the day the story tells of: not a day that only dates a value (6日の終値, 14日現在) nor
 * the bounds of a period (受付は5日から12月20日まで), even when one of those was named last.
 */
const SAME_DAY: readonly (readonly [string, string])[] = [
  [
    '北洋電機は7日、子会社を売却すると発表した。売却額は6日の終値に3割を上乗せした。相手先の南浜商事も同日の取締役会で承認した。',
    '2024-11-07',
  ],
  ['大川化成は12日、新工場の建設を発表した。株価は11日の始値を上回った。同社は同日、説明会を開いた。', '2024-11-12'],
  [
    '県は3日、補助金の申請を受け付けると発表した。受付期間は5日から１２月２０日まで。県は同日、専用の窓口も設けた。',
    '2024-11-03',
  ],
  ['市は20日、公募を始めた。期間は21日から30日まで。市は同日の会見で詳細を説明した。', '2024-11-20'],
  ['同社は9日、決算を発表した。純利益は8日時点の予想を上回った。同社は同日、配当の増額も決めた。', '2024-11-09'],
  [
    '協会は15日、調査結果を公表した。会員数は14日現在で約3千人。会長は同日の記者会見で「増加が続く」と述べた。',
    '2024-11-15',
  ],
  // with no day of the event named before, the bound or the value's day is the one meant (not publication)
  ['受付は5日から１２月２０日まで。県は同日に審査の結果を公表する。', '2024-12-20'],
  ['北浜電機の株価は6日の終値で1200円だった。同日の出来高は前日の2倍に増えた。', '2024-11-06'],
];

describe('同日 goes back to the day of the event', () => {
  for (const [text, want] of SAME_DAY)
    it(text, () => {
      const all = findDates(text, tokenizeText(text, tokenizer), '2024-11-20');
      expect(all.find((d) => d.text === '同日')?.value).toBe(want);
    });
});

describe('the past of a reporting verb does not move a date that qualifies a noun', () => {
  it('reads 4月1日付の人事異動を発表した in March as this April', () => {
    const text = '北浜市は25日、4月1日付の人事異動を発表した。';
    const all = findDates(text, tokenizeText(text, tokenizer), '2025-03-25');
    expect(all.map((d) => [d.text, d.value])).toEqual([
      ['25日', '2025-03-25'],
      ['4月1日', '2025-04-01'],
    ]);
  });
});

describe('a headline ends its clause at the line break', () => {
  // The body's first past verb (使った, 始めた) is not the headline's: 「…を3月に発売」 in February is to come.
  const HEADLINES: readonly (readonly [string, string])[] = [
    ['飲むヨーグルトを3月に発売\nこのたび当社は、生乳だけを使った新商品を発売いたします。', '2025-03'],
    ['新型バス　４月に運行開始\n北浜交通は、昨年秋に試験走行を終えた車両を導入する。', '2025-04'],
    ['駅前ビル、3月に開業へ\n市が2019年に始めた再開発事業の中心となる。', '2025-03'],
  ];
  for (const [text, want] of HEADLINES)
    it(text.split('\n')[0] as string, () => {
      expect(months(text, '2025-02-10')).toEqual([want]);
    });
});

describe('after a start (から, 以降, 以来), only a verb told ahead sets a month in the coming year', () => {
  // In a February article a November that something has gone on since is last November; one a plan
  // starts from (再開する方針だ) is this November.
  const SINCE: readonly (readonly [string, string])[] = [
    ['同社は11月から新工場を稼働させている。', '2025-11'],
    ['市は11月から窓口を増やしており、待ち時間が減った。', '2025-11'],
    ['11月から続く円安が、家計を圧迫している。', '2025-11'],
    ['同店は11月の開業以来、順調に客を集めている。', '2025-11'],
    ['同社は11月から運転を再開する方針だ。', '2026-11'],
    ['北浜鉄道は11月から運賃を改める。', '2026-11'],
    ['同社は12月の発売を予定している。', '2026-12'],
  ];
  for (const [text, want] of SINCE)
    it(text, () => {
      expect(months(text, '2026-02-10')).toEqual([want]);
    });
});

/**
 * A forecast told in the past (予想した, 予測した, 見込んだ) forecasts what lies ahead of it: a month it
 * governs after publication is this year's, not last year's. A month the forecasting happened in
 * (8月に予想した) and a past that is no forecast (決めた) stay last year's.
 */
describe('a month forecast in the past', () => {
  const CASES: readonly (readonly [string, string])[] = [
    ['回答者の7割が9月までの利上げを予想した。', '2026-09'],
    ['多くの業者が6月までの値上げを予測した。', '2026-06'],
    ['証券各社は10月までの再開を見込んだ。', '2026-10'],
    ['同社は9月に需要の回復を予想した。', '2025-09'],
    ['組合は9月までの延長を決めた。', '2025-09'],
  ];
  for (const [text, want] of CASES)
    it(text, () => {
      expect(months(text, '2026-02-10')).toEqual([want]);
    });
});
