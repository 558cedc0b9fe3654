import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Entity, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

function run(text: string): Entity[] {
  return findEntities(text, tokenizeText(text, tokenizer));
}
function typeOf(text: string, name: string): string | undefined {
  return run(text).find((e) => e.text === name)?.type;
}

describe('title rules → person, name without the title', () => {
  it('プーチン大統領 → プーチン', () => {
    const es = run('プーチン大統領は記者団に語った。');
    expect(es.find((e) => e.text === 'プーチン')?.type).toBe('person');
    expect(es.some((e) => e.text.includes('大統領'))).toBe(false);
  });
  it('a minister is named before the ministry and 相: 森田一郎農水相 → 森田一郎', () => {
    expect(run('森田一郎農水相は会見で、価格の見通しを示した。').map((e) => e.text)).toEqual(['森田一郎']);
  });
  it('a given name kuromoji reads as a place stays in the name: 習近平国家主席, not 習', () => {
    expect(run('習近平国家主席は指示した。').map((e) => e.text)).toEqual(['習近平']);
    // A listed place before the title is still a modifier: ラブロフ露外相 → ラブロフ.
    expect(typeOf('ラブロフ露外相が述べた。', 'ラブロフ')).toBe('person');
  });
  it("China's autonomous regions are listed places: 広西チワン族自治区, not an organisation 広西チワン", () => {
    expect(typeOf('広西チワン族自治区で大雨が降った。', '広西チワン族自治区')).toBe('place');
  });
  it('a listed surname and a word glued to it before a title are a name: 孫正義会長 (孫+正義)', () => {
    expect(typeOf('孫正義会長兼社長は強調した。', '孫正義')).toBe('person');
    expect(run('子孫正義会長は')).toEqual([]);
  });
  it('unknown kanji names split by kuromoji are joined: 金正恩総書記', () => {
    expect(typeOf('北朝鮮の金正恩総書記が視察した。', '金正恩')).toBe('person');
  });
  it('a surname kuromoji starts with a number is whole: 十倉雅和会長, not 倉雅和', () => {
    expect(typeOf('協会の十倉雅和会長は記者会見で述べた。', '十倉雅和')).toBe('person');
    expect(typeOf('協会の十倉雅和会長は記者会見で述べた。', '倉雅和')).toBeUndefined();
    // After another number or 第 the numeral is a count, not a surname.
    expect(run('二十倉田氏は').map((e) => e.text)).toEqual(['倉田']);
    expect(run('第十倉田氏は').map((e) => e.text)).toEqual(['倉田']);
  });
  it('a katakana name kuromoji cuts into an organisation and a word stays whole: ロバーツ氏 (ロ+バーツ)', () => {
    expect(typeOf('ロバーツ氏は述べた。', 'ロバーツ')).toBe('person');
    expect(typeOf('ロバーツ監督は試合後に語った。', 'ロバーツ')).toBe('person');
  });
  it('兼 joins two titles and names nobody: 会長兼社長', () => {
    const es = run('楽天の三木谷浩史会長兼社長は発表した。');
    expect(es.map((e) => e.text)).toContain('三木谷浩史');
    expect(es.some((e) => e.text === '兼')).toBe(false);
  });
  it('a country before the title is not the name: ラブロフ露外相', () => {
    expect(typeOf('ラブロフ露外相が訪問した。', 'ラブロフ')).toBe('person');
  });
  it('同氏 is not a name', () => {
    expect(run('同氏は否定した。').some((e) => e.text === '同')).toBe(false);
  });
});

describe('suffix rules', () => {
  it('〜局 after plain words → organization: 北陸財務局', () => {
    expect(typeOf('北陸財務局は調査結果を公表した。', '北陸財務局')).toBe('organization');
  });
  it('大統領府 is an office, not a prefecture like 大阪府', () => {
    expect(typeOf('フランス大統領府は声明を出した。', 'フランス大統領府')).toBe('organization');
    expect(typeOf('大阪府の知事が会見した。', '大阪府')).toBe('place');
    expect(typeOf('神奈川県警によると、被害は増えた。', '神奈川県警')).toBe('organization');
  });
  it('総局 and 教委 end an organisation: 国防省の情報総局, 都教委 (東京都教育委員会)', () => {
    const es = run('フランス国防省の情報総局は声明を出し、都教委と大阪市教委も調査を始めた。');
    expect(es.map((e) => `${e.text}:${e.type}`)).toEqual([
      'フランス国防省:organization',
      '情報総局:organization',
      '都教委:organization',
      '大阪市教委:organization',
    ]);
    // A generic first word names no particular office: 同総局.
    expect(run('同総局は否定した。')).toEqual([]);
  });
  it("気象台 ends an organisation: the weather agency's regional offices (札幌管区気象台, 福岡地方気象台)", () => {
    expect(typeOf('札幌管区気象台によると、雪は夜まで続く。', '札幌管区気象台')).toBe('organization');
    expect(typeOf('福岡地方気象台の観測では、雨量は80ミリに達した。', '福岡地方気象台')).toBe('organization');
  });
  it("a country's name after a record's is a tie: 「チーム最多タイ」, 「日本記録タイ」 name no Thailand", () => {
    expect(run('チーム最多タイの5連勝を飾った。').map((e) => e.text)).not.toContain('タイ');
    expect(run('日本記録タイで優勝した。').map((e) => e.text)).not.toContain('タイ');
    expect(typeOf('首相は来月タイを訪れる。', 'タイ')).toBe('place');
  });
  it('〜州 after a katakana name → place: ザポリージャ州', () => {
    expect(typeOf('ザポリージャ州で攻撃があった。', 'ザポリージャ州')).toBe('place');
  });
  it('names joined by ・ before an event word are one event: 大阪・関西万博, not two places', () => {
    const es = run('来年の大阪・関西万博には、名古屋・中部サミットの参加国も出展する。');
    expect(es.filter((e) => e.type === 'event').map((e) => e.text)).toEqual(['大阪・関西万博', '名古屋・中部サミット']);
    expect(es.some((e) => e.text === '大阪' || e.text === '関西')).toBe(false);
    // Without a name before it the event word is a plain noun.
    expect(run('冬季五輪の開催地が決まった。')).toEqual([]);
  });
  it('generic 同社 and 政府 are not entities', () => {
    const es = run('同社によると政府は対応を急いでいる。');
    expect(es.filter((e) => e.text === '同社' || e.text === '政府')).toEqual([]);
  });
});

describe('gazetteer, acronyms and brackets', () => {
  it('ministries and countries from the lists: 防衛省, ウクライナ', () => {
    const es = run('防衛省はウクライナ情勢を分析した。');
    expect(es.find((e) => e.text === '防衛省')?.type).toBe('organization');
    expect(es.find((e) => e.text === 'ウクライナ')?.type).toBe('place');
  });
  it('an acronym in brackets after an organisation shares its type and id', () => {
    const es = run('国際原子力機関（IAEA）が声明を出した。');
    const full = es.find((e) => e.text === '国際原子力機関');
    const short = es.find((e) => e.text === 'IAEA');
    expect(full?.type).toBe('organization');
    expect(short?.type).toBe('organization');
    expect(short?.id).toBe(full?.id);
  });
  it('a Latin spelling in brackets before 州 is a place: ドニプロ（Dnipro）州', () => {
    const es = run('ドニプロ（Dnipro）州の当局が発表した。');
    expect(es.find((e) => e.text === 'Dnipro')?.type).toBe('place');
  });
  it('GDP is not an organisation', () => {
    expect(run('GDPが伸びた。').some((e) => e.text === 'GDP')).toBe(false);
  });
});

describe('coreference and readings', () => {
  it('プーチン joins ウラジーミル・プーチン', () => {
    const es = run('ウラジーミル・プーチン大統領が演説した。プーチン氏は笑顔を見せた。');
    const full = es.find((e) => e.text === 'ウラジーミル・プーチン');
    const short = es.find((e) => e.text === 'プーチン');
    expect(full?.id).toBeDefined();
    expect(short?.id).toBe(full?.id);
  });
  it('リー氏 joins 李成権 through the surname table, but not an unrelated name', () => {
    const es = run('李成権大使が会見した。リー氏はさらに述べた。田中氏も同席した。');
    const li = es.find((e) => e.text === '李成権');
    expect(es.find((e) => e.text === 'リー')?.id).toBe(li?.id);
    expect(es.find((e) => e.text === '田中')?.id).not.toBe(li?.id);
  });
  it('a kanji abbreviation joins its organisation: 日銀 ↔ 日本銀行, 厚労省 ↔ 厚生労働省', () => {
    const es = run(
      '日本銀行は会合を開いた。厚生労働省も発表した。日銀の総裁は、厚労省の調査に触れた。日本郵政も参加した。',
    );
    const id = (name: string) => es.find((e) => e.text === name)?.id;
    expect(id('日銀')).toBe(id('日本銀行'));
    expect(id('厚労省')).toBe(id('厚生労働省'));
    expect(id('日本郵政')).not.toBe(id('日本銀行'));
  });

  it('readings: gazetteer first (平壌 → ピョンヤン), katakana as written', () => {
    const es = run('平壌でプーチン大統領が会談した。');
    expect(es.find((e) => e.text === '平壌')?.reading).toBe('ピョンヤン');
    expect(es.find((e) => e.text === 'プーチン')?.reading).toBe('プーチン');
  });
});

describe('reading gloss', () => {
  it('a kanji name followed by its hiragana reading is a person', () => {
    const es = run('山田花子（やまだ・はなこ）理事が出席した。');
    expect(es.find((e) => e.text === '山田花子')?.type).toBe('person');
  });
});

describe('titles that only follow names', () => {
  it('a plain noun before 内親王 is the name', () => {
    expect(typeOf('明子内親王が式典に出席した。', '明子')).toBe('person');
  });
  it('but not before 社長, where a plain noun is not a name', () => {
    expect(run('会社社長が語った。').some((e) => e.type === 'person')).toBe(false);
  });
});

describe('country short forms and kanji-name readings', () => {
  it('米 is a place where kuromoji reads it as a name (米はロシアと…), not in 米を炊く', () => {
    expect(typeOf('米はロシアと対立した。', '米')).toBe('place');
    expect(run('米を炊く。').some((e) => e.text === '米')).toBe(false);
  });
  it('〜軍 after a short form is an organisation: 米軍', () => {
    expect(typeOf('米軍が撤退した。', '米軍')).toBe('organization');
  });
  it('a one-kanji suffix after real words is read with them: 欧州委員会, 愛知県', () => {
    const es = run('欧州委員会は、愛知県の工場を視察した。');
    expect(es.find((e) => e.text === '欧州委員会')?.reading).toBe('オウシュウイインカイ');
    expect(es.find((e) => e.text === '愛知県')?.reading).toMatch(/^アイチケン$/);
  });
  it('a name kuromoji breaks into single kanji gets no made-up reading', () => {
    const es = run('李成権大使が会見した。');
    expect(es.find((e) => e.text === '李成権')?.reading ?? null).toBeNull();
  });
});
