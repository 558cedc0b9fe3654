import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { attributeFigures, collectSources, findByline, sameSource, variantKeys } from '../../../core/sources';
import { splitSentences } from '../../../core/text/sentences';
import { tokenizeText } from '../../../core/text/tokens';
import type { Figure, Source } from '../../../core/types';
import { loadTokenizer, nameOf } from './helpers';

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
    expect(same('伊フェラーロ', 'organization', 'フェラーロ', 'organization')).toBe(true);
  });

  it('merges a short form that drops the place a body belongs to but keeps its tier', () => {
    expect(same('市教委', 'government', '北山市教育委員会', 'government')).toBe(true);
    expect(same('県警', 'government', '南浜県警察本部', 'government')).toBe(true);
    // the tier must be the place's: another tier, or a 市 inside a word, is no such short form
    expect(same('県教委', 'government', '北山市教育委員会', 'government')).toBe(false);
    expect(same('市調', 'organization', '東和市場調査', 'organization')).toBe(false);
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
    const found = ['100万発', '5千万人', '1万人', '20億円'].map((surface): Figure => {
      const start = text.indexOf(surface);
      const f = { text: surface, start, end: start + surface.length, sentence: '', value: null, min: null, max: null };
      return { ...f, unit: '', kind: 'count', approx: false, bound: null, source: null };
    });
    const tokens = tokenizeText(text, await loadNodeTokenizer());
    const sources = attributeFigures({
      text,
      tokens,
      sentences: splitSentences(text),
      figures: found,
      entities: [],
      byline: findByline(text),
    });
    const figures = found.map((f, i) => ({ ...f, source: sources[i] ?? null }));
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

describe('collectSources groups the variants of one source (issue 14)', () => {
  const figure = (name: string, type: Source['type'], cue: string): Figure => ({
    text: '1',
    start: 0,
    end: 1,
    sentence: '',
    value: 1,
    min: null,
    max: null,
    unit: '',
    kind: 'count',
    approx: false,
    bound: null,
    source: { name, type, cue },
  });

  it('JAXAなど and JAXA are one source, named JAXA, with the alias and full-width forms', () => {
    const list = collectSources([
      figure('JAXAなど', 'organization', 'によりますと'),
      figure('JAXA', 'organization', 'と発表した'),
      figure('ＪＡＸＡ', 'organization', 'によると'),
      figure('宇宙航空研究開発機構（JAXA）', 'organization', 'によると'),
    ]);
    expect(list).toHaveLength(1);
    expect(list[0]?.name).toBe('宇宙航空研究開発機構（JAXA）');
    expect(list[0]?.names).toEqual(['JAXAなど', 'JAXA', 'ＪＡＸＡ', '宇宙航空研究開発機構（JAXA）']);
    expect(list[0]?.figures).toEqual([0, 1, 2, 3]);
    const two = collectSources([
      figure('JAXAなど', 'organization', 'によると'),
      figure('JAXA', 'organization', 'と述べた'),
    ]);
    expect(two.map((s) => s.name)).toEqual(['JAXA']);
  });

  it('keeps 関係者ら and 政府関係者 apart (anonymous sources keep their qualifiers)', () => {
    const list = collectSources([
      figure('関係者ら', 'anonymous', 'によると'),
      figure('政府関係者', 'anonymous', 'によると'),
    ]);
    expect(list.map((s) => s.name)).toEqual(['関係者', '政府関係者']);
  });
});

describe('a source name stops before brackets of address or explanation (issue 14)', () => {
  it.each([
    [
      '民間調査機関「みらい都市総合研究所」（東京都）の住みやすさランキングで、市は12位だった。',
      '12位',
      '民間調査機関「みらい都市総合研究所」',
    ],
    ['国際エネルギー機関（IEA、本部パリ）は、需要が2%伸びるとの見通しを示した。', '2%', '国際エネルギー機関'],
    ['損失は5億円だと、国際エネルギー機関（本部パリ）は推計している。', '5億円', '国際エネルギー機関'],
    ['米紙ニューヨーク・タイムズ（電子版）は、国防費が4割増えたと報じた。', '4割', '米紙ニューヨーク・タイムズ'],
    ['駅前の女性（72）は「30分ほど揺れた」と話した。', '30分', '駅前の女性'],
  ])('%s', (text, figure, name) => {
    expect(nameOf(text, figure)).toBe(name);
  });

  it('but keeps an alias: （CSIS）, （公取委）, （ユニセフ）', () => {
    expect(nameOf('国連児童基金（ユニセフ）は、子どもが4億人に上ると発表した。', '4億人')).toBe(
      '国連児童基金（ユニセフ）',
    );
    expect(nameOf('戦略国際問題研究所（CSIS）によると、損失は3兆円に上る。', '3兆円')).toBe(
      '戦略国際問題研究所（CSIS）',
    );
    expect(nameOf('公正取引委員会（公取委）によると、違反は12件あった。', '12件')).toBe('公正取引委員会（公取委）');
  });
});

describe('collectSources is near-linear in the number of distinct names', () => {
  // Distinct names of every kind, many sharing characters (東和…, …研究所), with abbreviations among them.
  const KANJI = [...'東和北辰南海山川田中村上林森木石井高橋本松竹梅青赤白黒金銀'];
  const HEADS = ['研究所', '電機', '省', '協会', '大学', '銀行'];
  const names = (n: number): Figure[] =>
    Array.from({ length: n }, (_, i) => {
      const a = KANJI[i % KANJI.length] as string;
      const b = KANJI[Math.floor(i / KANJI.length) % KANJI.length] as string;
      const c = KANJI[Math.floor(i / KANJI.length ** 2) % KANJI.length] as string;
      const name = `${a}${b}${c}${HEADS[i % HEADS.length]}`;
      return {
        text: '1',
        start: i,
        end: i + 1,
        sentence: '',
        value: 1,
        min: null,
        max: null,
        unit: '',
        kind: 'count',
        approx: false,
        bound: null,
        source: { name, type: 'organization', cue: 'によると', start: i, end: i + 1 },
      };
    });

  it('does about four times the work for four times the names', () => {
    const small = { steps: 0 };
    const large = { steps: 0 };
    const few = collectSources(names(300), small);
    const many = collectSources(names(1200), large);
    expect(few).toHaveLength(300);
    expect(many).toHaveLength(1200);
    expect(small.steps).toBeGreaterThan(300);
    // Linear: ≈ 4×. Comparing each name with every group before it would be ≈ 16×.
    expect(large.steps / small.steps).toBeLessThan(4.5);
  });

  it('still merges an abbreviation met before or after its full name', () => {
    const figure = (name: string): Figure => ({
      ...(names(1)[0] as Figure),
      source: { name, type: 'government', cue: null },
    });
    const list = collectSources([
      figure('公取委'),
      figure('財務省'),
      figure('公正取引委員会'),
      figure('国交省'),
      figure('国土交通省'),
    ]);
    expect(list.map((s) => [s.name, s.figures])).toEqual([
      ['公正取引委員会', [0, 2]],
      ['財務省', [1]],
      ['国土交通省', [3, 4]],
    ]);
  });

  it('merges a board named with its city and its short form, in either order', () => {
    const figure = (name: string): Figure => ({
      ...(names(1)[0] as Figure),
      source: { name, type: 'government', cue: null },
    });
    const list = collectSources([figure('市教委'), figure('北山市教育委員会'), figure('県教委'), figure('市教委')]);
    expect(list.map((s) => [s.name, s.figures])).toEqual([
      ['北山市教育委員会', [0, 1, 3]],
      ['県教委', [2]],
    ]);
  });
});

describe('collectSources groups as comparing every pair would', () => {
  // The reference: each source joins the first earlier group it shares a name with (same type first).
  const reference = (names: [string, Source['type']][]) => {
    const groups: { type: Source['type']; keys: string[]; figures: number[] }[] = [];
    names.forEach(([name, type], i) => {
      const keys = variantKeys(name, type);
      const g =
        groups.find((x) => x.type === type && sameSource(x.keys, keys)) ??
        groups.find((x) => sameSource(x.keys, keys) && type !== 'anonymous' && x.type !== 'anonymous');
      if (g) {
        g.figures.push(i);
        for (const k of keys) if (!g.keys.includes(k)) g.keys.push(k);
      } else groups.push({ type, keys: [...keys], figures: [i] });
    });
    return groups.map((g) => g.figures);
  };
  const figure = ([name, type]: [string, Source['type']]): Figure => ({
    text: '1',
    start: 0,
    end: 1,
    sentence: '',
    value: 1,
    min: null,
    max: null,
    unit: '',
    kind: 'count',
    approx: false,
    bound: null,
    source: { name, type, cue: null },
  });

  it('on a mix of abbreviations, aliases, readings and anonymous sources', () => {
    const names: [string, Source['type']][] = [
      ['国交省', 'government'],
      ['韓国の李成権議員', 'person'],
      ['関係者', 'anonymous'],
      ['国土交通省', 'government'],
      ['リー氏', 'person'],
      ['政府関係者', 'anonymous'],
      ['日銀', 'organization'],
      ['戦略国際問題研究所(CSIS)', 'organization'],
      ['日本銀行', 'organization'],
      ['CSIS', 'organization'],
      ['公正取引委員会', 'government'],
      ['公取委', 'government'],
      ['経済産業省', 'government'],
      ['経産省', 'government'],
      ['関係者ら', 'anonymous'],
      ['米インテル', 'organization'],
      ['インテル', 'organization'],
      ['東京電力', 'organization'],
      ['東電', 'organization'],
      ['国際連合安全保障理事会', 'organization'],
      ['国連安保理', 'organization'],
    ];
    expect(collectSources(names.map(figure)).map((s) => s.figures)).toEqual(reference(names));
  });
});
