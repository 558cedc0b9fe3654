import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { attributeFigures, collectSources, findByline, sameSource, variantKeys } from '../../../core/sources';
import { splitSentences } from '../../../core/text/sentences';
import { tokenizeText } from '../../../core/text/tokens';
import type { Figure, Source } from '../../../core/types';
import { loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const same = (a: string, ta: Source['type'], b: string, tb: Source['type']) =>
  sameSource(variantKeys(a, ta), variantKeys(b, tb));

describe('name variants merge into one source', () => {
  it.each([
    ['韓国の李成権議員', 'リー氏'],
    ['金正男氏', 'キム氏'],
    ['朴槿恵前大統領', 'パク氏'],
    ['習近平国家主席', 'シー氏'],
    ['ウラジーミル・プーチン大統領', 'プーチン氏'],
    ['ロシア安全保障会議のセルゲイ・ショイグ議長', 'ショイグ氏'],
  ])('%s = %s (person)', (a, b) => {
    expect(same(a, 'person', b, 'person')).toBe(true);
  });

  it('merges a name with its alias in parentheses or after ＝', () => {
    expect(same('戦略国際問題研究所(CSIS)', 'organization', 'CSIS', 'organization')).toBe(true);
    expect(same('戦略国際問題研究所（ＣＳＩＳ）', 'organization', '戦略国際問題研究所', 'organization')).toBe(true);
    expect(same('JAXA＝宇宙航空研究開発機構', 'organization', '宇宙航空研究開発機構', 'organization')).toBe(true);
  });

  it('merges an abbreviation with its full name', () => {
    expect(same('公取委', 'government', '公正取引委員会', 'government')).toBe(true);
    expect(same('国交省', 'government', '国土交通省', 'government')).toBe(true);
    expect(same('米インテル', 'organization', 'インテル', 'organization')).toBe(true);
  });

  it('keeps different parties apart', () => {
    expect(same('リー氏', 'person', 'パク氏', 'person')).toBe(false);
    expect(same('プーチン大統領', 'person', 'ゼレンスキー大統領', 'person')).toBe(false);
    expect(same('総務省', 'government', '財務省', 'government')).toBe(false);
    // Anonymous sources keep their qualifiers: these are different people.
    expect(same('欧米の当局者', 'anonymous', '韓国の当局者', 'anonymous')).toBe(false);
  });
});

describe('collectSources', () => {
  it('lists distinct sources with their figures, merging variants, skipping the byline', async () => {
    const text =
      '【ソウル＝共同】韓国の李成権議員は「弾薬は100万発送られた」と述べた。\n' +
      '人口は5千万人だ。\n' +
      'リー氏は、兵士も1万人が送られたと語った。\n' +
      '国防省によると、被害は20億円だった。';
    const figures = ['100万発', '5千万人', '1万人', '20億円'].map((surface): Figure => {
      const start = text.indexOf(surface);
      const f = { text: surface, start, end: start + surface.length, sentence: '', value: null, min: null, max: null };
      return { ...f, unit: '', kind: 'count', approx: false, bound: null, source: null };
    });
    const tokens = tokenizeText(text, await loadNodeTokenizer());
    attributeFigures({
      text,
      tokens,
      sentences: splitSentences(text),
      figures,
      entities: [],
      byline: findByline(text),
    });
    const list = collectSources(figures);
    expect(list.map((s) => [s.name, s.type, s.figures])).toEqual([
      ['韓国の李成権議員', 'person', [0, 2]],
      ['国防省', 'government', [3]],
    ]);
    expect(list[0]?.names).toEqual(['韓国の李成権議員', 'リー氏']);
    expect(list[0]?.cues).toEqual(['と述べた', 'と語った']);
    expect(list[0]?.mentions).toHaveLength(2);
    expect(figures[1]?.source).toEqual({ name: '共同', type: 'byline', cue: null });
  });
});
