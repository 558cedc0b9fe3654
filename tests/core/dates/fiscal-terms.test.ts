import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * A company's term (期) is dated by the month it closes, as 2025年3月期 is: 前期 and the halves count from
 * the term the story reports, 今期 / 来期 from the term running at publication, in the company's month.
 */
describe('a company term named by a word', () => {
  it.each<Case>([
    [
      '北辰化成は6日、2026年3月期の純利益が前期比12%増の80億円になる見通しだと発表した。下期は北米の値上げが効く。',
      '2025-08-06',
      [
        ['6日', '2025-08-06'],
        ['2026年3月期', '2026-03'],
        ['前期', '2025-03'],
        ['下期', ['2025-10', '2026-03']],
      ],
    ],
    [
      // the headline's 上期 is a half of the term named later
      '港南食品、上期は減益\n港南食品は5日、2027年3月期の上期の営業利益が2割減ったと発表した。',
      '2026-11-05',
      [
        ['上期', ['2026-04', '2026-09']],
        ['5日', '2026-11-05'],
        ['2027年3月期', '2027-03'],
        ['上期', ['2026-04', '2026-09']],
      ],
    ],
    [
      // a December-closing company: its terms close in December
      '緑川薬品の2025年12月期は増収だった。来期は新薬が寄与し、今期を上回るとみる。',
      '2025-02-14',
      [
        ['2025年12月期', '2025-12'],
        ['来期', '2026-12'],
        ['今期', '2025-12'],
      ],
    ],
    [
      // results of a term just closed, in May: 前期 counts from it, 今期 is the term begun in April
      '東和電機の2025年3月期の純利益は前期比5%減だった。今期は増益を見込む。',
      '2025-05-13',
      [
        ['2025年3月期', '2025-03'],
        ['前期', '2024-03'],
        ['今期', '2026-03'],
      ],
    ],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it('keeps the fiscal year for 今期 when no term is named, and guesses no 前期 or half', () => {
    expect(read('東和電機は今期の配当を増やす。前期の配当は40円、上期は減益だった。', '2025-11-20')).toEqual([
      ['今期', '2025'],
    ]);
  });

  it('reads no 前期 that begins another word or is a part of what is before it', () => {
    const named = '2026年3月期の決算を発表した。';
    expect(read(`${named}前期高齢者の医療費が増えた。江戸時代前期の絵図も展示する。`, '2025-11-20')).toEqual([
      ['2026年3月期', '2026-03'],
    ]);
  });
});

describe('the year so far', () => {
  it('reads 年初来 as this year, not its January', () => {
    expect(read('同社株は年初来で2倍になった。年初から上昇が続く。', '2026-11-12')).toEqual([
      ['年初来', '2026'],
      ['年初', '2026-01'],
    ]);
  });
});
