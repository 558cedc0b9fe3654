import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// A signed column in our own words: the author speaks for what it states on its own authority.
const column = [
  '【コラム】軍拡の時代に',
  '中国は国防費を20年で6倍に増やした。日本は、防衛費がGDPの1%程度にとどまってきたと言ってよい。',
  '韓国は、約50万人の兵力を維持していると説明している。',
  '防衛研究所によると、周辺国の艦艇は10年で2倍になった。',
].join('\n');
const figures = ['6倍', '1%程度', '約50万人', '2倍'];

describe('the author of a signed column', () => {
  it('is the source of what the column states itself, a person; named sources stay theirs', () => {
    const s = sourcesOf(column, figures, [], { author: '森本 浩' });
    expect(s.map((x) => x?.name)).toEqual(['森本 浩', '森本 浩', '韓国', '防衛研究所']);
    expect(s[0]).toEqual({ name: '森本 浩', type: 'person', cue: null });
  });

  it('not a country the sentence names as its topic (日本は、…と言ってよい)', () => {
    const [, judged] = sourcesOf(column, figures, [], { author: '森本浩' });
    expect(judged?.name).toBe('森本浩');
  });

  it('is trimmed, and ignored when it is no name (empty or page-length)', () => {
    expect(sourcesOf(column, ['6倍'], [], { author: '  森本　浩\n' })[0]?.name).toBe('森本 浩');
    expect(sourcesOf(column, ['6倍'], [], { author: '   ' })[0]).toBeNull();
    expect(sourcesOf(column, ['6倍'], [], { author: 'あ'.repeat(500) })[0]).toBeNull();
  });

  it('without an author the outlet keeps its own figures, as before', () => {
    const wire = `【東京＝共同】${column}`;
    expect(sourcesOf(wire, ['6倍'])[0]).toEqual({ name: '共同', type: 'byline', cue: null });
  });

  it('is the owner of the working the column calls its own (私の試算では), not a party named before', () => {
    const text =
      '【コラム】地方の人手\n日本が「豊かな国」であり続ける保証はない。私の試算では、介護職の賃金は10年間で2割近く下がった。';
    expect(sourcesOf(text, ['10年間', '2割近く'], [], { author: '森本浩' }).map((x) => x?.name)).toEqual([
      '森本浩',
      '森本浩',
    ]);
    // Unsigned, the writer's own working is 筆者's (sources/writers-work.ts), not the outlet's.
    expect(sourcesOf(text, ['2割近く'])[0]).toEqual({ name: '筆者', type: 'person', cue: null });
    const checked = '県によると、住宅20棟が浸水した。筆者の調べでは、このうち3棟は空き家だった。';
    expect(sourcesOf(checked, ['20棟', '3棟']).map((x) => x?.name ?? '')).toEqual(['県', '筆者']);
  });

  it('reaches attribution through analyze()', () => {
    const a = analyze(column, realTokenizer(), { author: '森本浩' });
    expect(a.figures.find((f) => f.text.includes('6倍'))?.source?.name).toBe('森本浩');
  });
});
