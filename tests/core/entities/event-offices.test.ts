import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const marks = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);

describe('the office of an event named only by its kind', () => {
  it('大会事務局, まつり実行委員会, 花火大会実行委員会 are generic, no names', () => {
    expect(marks('大会事務局によると、出場者は増えた。')).toEqual([]);
    expect(marks('人出は、まつり実行委員会の集計で分かった。')).toEqual([]);
    expect(marks('花火大会実行委員会によると、中止が決まった。')).toEqual([]);
    expect(marks('大会組織委員会は日程を発表した。')).toEqual([]);
  });
  it('a proper word before the event makes it a name; other bodies are untouched', () => {
    expect(marks('松江水燈まつり実行委員会によると、人出は増えた。')).toEqual([
      '松江水燈まつり実行委員会:organization',
    ]);
    expect(marks('東京マラソン財団の大会事務局によると、出場者は増えた。')).toEqual(['東京マラソン財団:organization']);
    expect(marks('市選挙管理委員会によると、投票率は下がった。')).toContain('市選挙管理委員会:organization');
  });
});
