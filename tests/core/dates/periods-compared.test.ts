import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const read = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-06-15').map((d) => [d.text, d.value]);

/**
 * The 前年 family as a base of comparison, in every form news writes it: fused with 比 or not, after a
 * named month, a day, a quarter or a fiscal year, in a report, a hearsay ending (ということです,
 * としています, わかりました) or full-width digits. 前年同月 is the month in focus a year back, 前年同期 the
 * period in focus (its months) a year back; the ratio's 比 is not part of the date.
 */
describe('the period a comparison is taken against', () => {
  it.each([
    ['北浜市が12日発表した5月の観光客数は、前年同月比12.4%増の8万2000人だった。', '前年同月', '2024-05'],
    ['東和電機の3月の国内出荷は前年同月比で約3割減り、2カ月連続で前年を下回った。', '前年同月', '2024-03'],
    [
      '南川県によると、2024年度の県税収入は前年度比4.1%増の2150億円で、過去最高を更新したということです。',
      '前年度',
      '2023',
    ],
    ['全国の新車販売は、今年4月に前年同月より1割多い30万台に達した。', '前年同月', '2024-04'],
    ['森山物産は14日、2025年1〜3月期の純利益が前年同期比18%減ったと発表した。', '前年同期', ['2024-01', '2024-03']],
    ['北辰鉄道の１０月の利用者数は、前年の同じ月と比べて５％増えたとしています。', '前年の同じ月', '2024-10'],
    ['西野町の人口は2023年に前年比0.8%減り、1万2000人を割り込んだことがわかりました。', '前年', '2022'],
    ['青葉スーパーによると、今月5日までの1週間の販売額は前年同期の1.3倍に伸びた。', '前年同期', '2024-06'],
    ['東和銀行の2025年度上期の貸出残高は、前年同期比３．２％増えた。', '前年同期', '2024'],
    ['南川市の昨年の出生数は前年比4%減だった。', '前年', '2023'],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value]);
  });

  it('keeps a period across two months as its months (2月24日〜3月2日 → February to March)', () => {
    expect(read('2月24日から3月2日までの販売額は前年同期の1.8倍だった。')).toContainEqual([
      '前年同期',
      ['2024-02', '2024-03'],
    ]);
  });

  it('dates no day fused with 比 (the market tick)', () => {
    expect(read('北浜港の取扱量は前日比2割増えた。')).toEqual([]);
  });
});

/**
 * 前年 in a clause told as going on now (伸びている, 増えており, 減り続けている) is the year before this
 * one, when its sentence names no year: a year named sentences before (2019年に開業した) is not the
 * one it counts from. Told in the past, or with a year in its sentence, it counts from that year.
 */
describe('前年 in a state going on now', () => {
  it.each([
    ['北浜市の観光客は2019年に過去最多となった。現在、市内の宿泊者数は前年の約1.3倍に伸びている。', '2024'],
    [
      '南川電機は2021年に工場を新設した。同社によると、受注は前年より約2割増えており、増産を急いでいるということです。',
      '2024',
    ],
    ['西野町は1998年に合併で誕生した。町の人口は前年から約300人減り続けているとしています。', '2024'],
    ['東和商事の昨年春の売上高は約20億円だった。今年は前年を上回って推移している。', '2024'],
  ])('%s', (text, value) => {
    expect(read(text)).toContainEqual(['前年', value]);
  });

  it.each([
    ['2023年の販売台数は前年の1.2倍に伸びている。', '2022'],
    ['2019年の来場者数は約5万人で、前年の2倍に増えた。', '2018'],
    ['北辰大学は2010年に開学した。志願者数は前年より約500人増えていた。', '2009'],
  ])('still counts from the year named in %s', (text, value) => {
    expect(read(text)).toContainEqual(['前年', value]);
  });
});
