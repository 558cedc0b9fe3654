import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

// A March article: a month after March is this year's unless it is told as past.
const read = (text: string) =>
  findDates(text, tokenizeText(text, tokenizer), '2025-03-07').map((d) => [d.text, d.value]);

/**
 * 「5月以降は落ち着くのでは」: a guess ending in the explanatory の looks ahead, as 「落ち着く。」 does, so a
 * month from which it is told is this year's even after a paragraph told of last year (昨年秋まで…だった).
 */
describe('a start told in a guess (のでは, のだろう)', () => {
  const past = '青果店「ミドリヤ」の玉ねぎは昨年秋まで200円前後だったが、今は450円だ。';
  it.each([
    [`${past}店長は「入荷が戻れば、5月以降は少し落ち着くのでは」と話す。`, '5月', '2025-05'],
    [`${past}店長は「6月からは下がるのではないか」とみる。`, '6月', '2025-06'],
    [`${past}「７月以降は値下がりするのだろう」との声もある。`, '７月', '2025-07'],
    [`${past}組合は、10月以降は出荷が戻るのではとみている。`, '10月', '2025-10'],
    [`${past}担当者は「8月からは供給が増えるのでしょう」と話した。`, '8月', '2025-08'],
    [`${past}「9月以降は客足が戻るんじゃないか」と店主は話す。`, '9月', '2025-09'],
  ])('reads %s', (text, surface, value) => {
    expect(read(text)).toEqual([
      ['昨年秋', '2024'],
      [surface, value],
    ]);
  });

  // Told as past, or a noun qualified by what has gone on since: the paragraph's year still holds.
  it.each([
    [`${past}5月以降は少し落ち着いた。`, '5月', '2024-05'],
    [`${past}店長は「5月以降は落ち着いたのでは」と話す。`, '5月', '2024-05'],
  ])('keeps the earlier year in %s', (text, surface, value) => {
    expect(read(text)).toEqual([
      ['昨年秋', '2024'],
      [surface, value],
    ]);
  });
});
