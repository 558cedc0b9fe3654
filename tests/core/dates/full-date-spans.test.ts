import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * A span written from one full date to another (4月26日～5月6日, 2024年12月30日〜2025年12月28日) names
 * two dates, each written in full, as a から…まで span does; a span of days inside one month (9月5〜7日)
 * or of months (4〜6月) stays one range.
 */
describe('a span between two full dates is its two dates', () => {
  it.each<Case>([
    [
      '大型連休期間（4月26日～5月6日）の利用実績をまとめました。',
      '2025-06-04',
      [
        ['4月26日', '2025-04-26'],
        ['5月6日', '2025-05-06'],
      ],
    ],
    [
      '集計期間（2024年12月30日〜2025年12月28日）の販売台数は218万台だった。',
      '2026-01-08',
      [
        ['2024年12月30日', '2024-12-30'],
        ['2025年12月28日', '2025-12-28'],
      ],
    ],
    [
      '５月２６日〜６月１日の１週間に売れたコメの平均価格は４０７７円でした。',
      '2025-06-04',
      [
        ['５月２６日', '2025-05-26'],
        ['６月１日', '2025-06-01'],
      ],
    ],
    [
      '北辰書店は2日、年間ベストセラー（集計期間は昨年11月24日〜今年11月23日）を発表した。',
      '2025-12-03',
      [
        ['2日', '2025-12-02'],
        ['昨年11月24日', '2024-11-24'],
        ['今年11月23日', '2025-11-23'],
      ],
    ],
    [
      '展示会は7月30日－8月3日に南川市で開かれる予定だ。',
      '2025-06-04',
      [
        ['7月30日', '2025-07-30'],
        ['8月3日', '2025-08-03'],
      ],
    ],
    [
      '三月一日～四月五日に実施した調査によると、回答者の4割が賛成した。',
      '2025-06-04',
      [
        ['三月一日', '2025-03-01'],
        ['四月五日', '2025-04-05'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    ['9月5～7日の3日間に開かれた。', '2025-10-01', [['9月5～7日', ['2025-09-05', '2025-09-07']]]],
    [
      '4〜6月の売上高は前年を上回った。',
      '2025-08-01',
      [
        ['4〜6月', ['2025-04', '2025-06']],
        ['前年', '2024'],
      ],
    ],
  ])('keeps a span inside one month or of months whole: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
