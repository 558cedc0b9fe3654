import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('同調査 / 同報告書 / 同白書 refer back to the report named before, as its owner’s', () => {
  it.each([
    [
      '北山省は5日、全国の空き家に関する調査結果を発表した。同調査によると、放置された空き家は約300万戸に上る。',
      '約300万戸',
      '北山省',
    ],
    [
      '東和総研は10日、働き方に関する報告書を公表した。同報告書では、テレワークを導入した企業は42%だった。',
      '42%',
      '東和総研',
    ],
    [
      '政府は今月、2026年版の防災白書を閣議決定した。同白書によりますと、避難訓練に参加した人は全体の18%だったということです。',
      '18%',
      '政府',
    ],
    [
      '北浜県は昨年度の観光統計をまとめた。\n同調査では、県内の宿泊者数は延べ１２００万人だった。',
      '１２００万人',
      '北浜県',
    ],
    [
      '北山省の住宅統計調査によると、全国の空き家は約900万戸に達した。\n特に深刻なのは放置された空き家だ。同調査ではこうした物件が約400万戸に上る。',
      '約400万戸',
      '北山省',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });
});
