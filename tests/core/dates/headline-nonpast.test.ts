import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const dateOf = (text: string, published: string, surface: string) =>
  findDates(text, tokenizeText(text, tokenizer), published).find((d) => d.text === surface)?.value;

describe('a headline tells what happened in the non-past: its verb says nothing of what is to come', () => {
  it('12月 in a January headline (12月、規制強化響く) is last December', () => {
    const text = '対中輸出が2割減　12月、規制強化響く\n\n財務省が27日発表した統計で分かった。';
    expect(dateOf(text, '2025-01-28', '12月')).toBe('2024-12');
  });

  it('negative: the same words in a body sentence told as to come keep their tense', () => {
    const text = '見出し\n\n同社は、12月に新工場が動き出すと説明した。';
    expect(dateOf(text, '2025-01-28', '12月')).toBe('2025-12');
  });
});
