import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const read = (text: string, published: string) =>
  findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

type Case = readonly [string, string, readonly (readonly [string, unknown])[]];

/**
 * A part of a relative period: 今月中, 今年中 (during it), 来週半ば (its middle, dated as the week),
 * 年後半 / 年前半 with the year left out (this year's half). 今年中国 and 今月中旬 are other words.
 */
describe('the part of a relative period', () => {
  it.each<Case>([
    ['病院は今月中に外部の業者に委託し、点検を終える方針だ。', '2025-06-04', [['今月中', '2025-06']]],
    ['市は今年中に方針をまとめたいとしています。', '2025-06-04', [['今年中', '2025']]],
    ['来月中にも結論を出すということです。', '2025-06-04', [['来月中', '2025-07']]],
    ['猛暑日は来週半ばまで続く見通しです。', '2025-06-04', [['来週半ば', ['2025-06-09', '2025-06-15']]]],
    ['同社は「年後半には受注が回復する」とみている。', '2025-06-04', [['年後半', ['2025-07', '2025-12']]]],
    ['年前半の販売は好調だった。', '2025-09-04', [['年前半', ['2025-01', '2025-06']]]],
    ['新庁舎は来年中に完成させる計画です。', '2025-06-04', [['来年中', '2026']]],
    ['回答は今週中になる見通しだ。', '2025-06-04', [['今週中', ['2025-06-02', '2025-06-08']]]],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    ['北浜市長は今年中国を訪れた。', '2025-06-04', [['今年', '2025']]],
    ['今月中旬に開く。', '2025-06-04', [['今月中旬', ['2025-06-11', '2025-06-20']]]],
    ['同社は2024年後半に工場を新設した。', '2025-06-04', [['2024年後半', ['2024-07', '2024-12']]]],
    ['同社は今年後半に工場を新設する。', '2025-06-04', [['今年後半', ['2025-07', '2025-12']]]],
  ])('leaves other words alone: %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
