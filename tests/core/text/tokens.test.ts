import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { toFullWidth } from '../../../core/text/script';
import { tokenAt, tokenizeText } from '../../../core/text/tokens';
import type { RawToken, Token, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

describe('toFullWidth', () => {
  it('folds ASCII letters and digits one for one, leaving the rest', () => {
    expect(toFullWidth('CNNが3万人と報道')).toBe('ＣＮＮが３万人と報道');
    expect(toFullWidth('F-16')).toHaveLength(4);
  });
});

describe('tokenizeText', () => {
  it('gives UTF-16 offsets whose slices are the surfaces, across lines and astral characters', () => {
    const text = '𠮷野家の社長は3万人と述べた。\nCNNによると、約4千人が参加した。';
    const tokens = tokenizeText(text, tokenizer);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    // Surfaces come from the original text, not the folded one the tokenizer saw.
    expect(tokens.some((t) => t.surface === 'CNN')).toBe(true);
    // No token crosses the line break.
    const nl = text.indexOf('\n');
    expect(tokens.every((t) => t.end <= nl || t.start > nl)).toBe(true);
  });

  it('reads text with half a surrogate pair (kuromoji alone throws on it)', () => {
    const text = '市の担当者は\ud83d 話した。絵文字\ude00も😀ある。';
    const tokens = tokenizeText(text, tokenizer);
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it('keeps every character after a run of emoji (kuromoji measures the run in UTF-16 units)', () => {
    for (const text of ['😀😀0％', 'あ😀😀0％です', '速報🚨🚨🚨死者3人に', '𠮷𠮷野家の売上は12億円']) {
      const tokens = tokenizeText(text, tokenizer);
      expect(tokens.map((t) => t.surface).join('')).toBe(text);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.surface);
    }
  });

  it('gives tokens that spread and serialise with every field (core/ re-bases tokens with { ...t })', () => {
    const tokens = tokenizeText('東京都の人口は約1400万人だ。', tokenizer);
    const fields = ['surface', 'start', 'end', 'pos', 'pos1', 'pos2', 'pos3', 'basic', 'reading', 'known'];
    for (const t of tokens) {
      const copy: Record<string, unknown> = { ...t };
      for (const f of fields) expect(copy[f]).toBe(t[f as keyof Token]);
      expect(Object.keys(JSON.parse(JSON.stringify(t))).sort()).toEqual(
        [...fields].filter((f) => t[f as keyof Token] !== undefined).sort(),
      );
    }
    const tokyo = tokens.find((t) => t.surface === '東京') as Token;
    expect({ ...tokyo }).toEqual({
      surface: '東京',
      start: 0,
      end: 2,
      pos: '名詞',
      pos1: '固有名詞',
      pos2: '地域',
      pos3: '一般',
      basic: '東京',
      reading: 'トウキョウ',
      known: true,
    });
  });

  it('tags a folded acronym as a proper noun', () => {
    const cnn = tokenizeText('CNNが報じた。', tokenizer).find((t) => t.surface === 'CNN') as Token;
    expect(cnn.pos1).toBe('固有名詞');
  });

  it('slices very long lines so the lattice stays small, without losing characters', () => {
    const text = '市の予算は3億円だった。'.repeat(400);
    const tokens = tokenizeText(text, tokenizer);
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
  });

  it('stops at the chunk end if a fake tokenizer returns too much', () => {
    const fake: Tokenizer = {
      tokenize: (s: string): RawToken[] => [
        {
          word_type: 'KNOWN',
          word_position: 1,
          surface_form: `${s}余分`,
          pos: '名詞',
          pos_detail_1: '一般',
          pos_detail_2: '*',
          pos_detail_3: '*',
          basic_form: '*',
        },
      ],
    };
    expect(tokenizeText('短い', fake)).toEqual([]);
  });
});

describe('tokenAt', () => {
  it('finds the token containing an offset', () => {
    const tokens = tokenizeText('北朝鮮は数千人を送った', tokenizer);
    const i = tokenAt(tokens, 5);
    expect((tokens[i] as Token).start).toBeLessThanOrEqual(5);
    expect((tokens[i] as Token).end).toBeGreaterThan(5);
  });
});
