import { describe, expect, it } from 'vitest';
import { listsOffers } from '../../../../lib/content/page/particulars';
import { paragraphs } from './load';

/** One event's sheet: its date, its place and its price, the label on a line of its own or opening one. */
const sheet = (price: string) => ['日時', '3月8日（土）午前10時', '会場', '中央公民館', price];

describe('listsOffers: several events’ sheets one after another', () => {
  it('three price or sign-up labels, alone on their line or opening it', () => {
    expect(listsOffers(paragraphs([...sheet('料金'), ...sheet('料金'), ...sheet('料金')]))).toBe(true);
    expect(listsOffers(paragraphs(['■参加費：500円', '■参加費：無料', '■参加費：1組800円']))).toBe(true);
    expect(
      listsOffers(paragraphs(['受講料　1,500円', '【申込】電話で', '料金 無料', '【申込】不要', '参加費 500円'])),
    ).toBe(true);
  });

  it('not one event’s box, nor a price told in a sentence', () => {
    expect(listsOffers(paragraphs([...sheet('料金'), ...sheet('料金')]))).toBe(false);
    // one concert's box: its price, its tickets and how to apply, each on a line of its own
    expect(
      listsOffers(
        paragraphs(['料金　一般2000円', 'チケット　窓口で発売中', '申込方法　電話で', '申込期間　2月末まで']),
      ),
    ).toBe(false);
    const told = ['料金は500円。', '料金は無料。', '参加費は1組800円で、申込は不要。'];
    expect(listsOffers(paragraphs(told))).toBe(false);
  });
});
