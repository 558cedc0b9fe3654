import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const dated = (text: string, published: string) =>
  findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

/**
 * 新年度 is the fiscal year whose April is nearest the article: the one about to begin in a February
 * budget story (新年度当初予算案), the one just begun in April, the coming one in a November story.
 */
describe('新年度', () => {
  it.each([
    ['市は新年度当初予算案に運行費として約2600万円を計上した。', '2025-02-14', '2025'],
    ['北見市の新年度予算案、過去最大の620億円', '2025-02-20', '2025'],
    ['新年度から、保育料を無償にします。', '2025-03-25', '2025'],
    ['新年度が始まり、各地で入社式が開かれた。', '2025-04-01', '2025'],
    ['県は、新年度中に相談窓口を設ける方針だ。', '2026-01-20', '2026'],
    ['町は新年度の予算編成に向け、各課の要求をまとめた。', '2025-11-10', '2026'],
    ['新年度の授業は１５日から始まる。', '2025-04-08', '2025'],
  ])('dates %s (published %s)', (text, published, value) => {
    expect(dated(text, published)).toContainEqual([expect.stringMatching(/^新年度/), value]);
  });

  it.each(['最新年度の統計では増えた。', '新年度比で3%増えた。'])('leaves %s alone', (text) => {
    expect(dated(text, '2025-02-14')).toEqual([]);
  });
});
