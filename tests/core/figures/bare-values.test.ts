import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

/**
 * Bare numbers told as a value: the level a market index ended at after its move (with the move's
 * percentage in brackets between), and a rate's value given for one place of a list (沖縄県の1.52だった).
 */
describe('bare values', () => {
  it.each([
    ['東証株価指数（TOPIX）は18.40ポイント（0.60%）安の3,041.22だった。', '3,041.22'],
    ['TOPIXは１２．３４ポイント（０．４１％）高の３０４１．２２で取引を終えた。', '３０４１．２２'],
    ['グロース市場250指数は8.5ポイント（1.2%）高の712.30で終えた。', '712.30'],
    ['TOPIXは前日比18.40ポイント安い3041.22だった。', '3041.22'],
    ['東証REIT指数は12.5ポイント上昇の1812.75となった。', '1812.75'],
    ['合計特殊出生率は1.20だった。最も高かったのは北浜県の1.52だった。', '1.52'],
    ['出生率は全国平均が１．２０で、最も高いのは南町の１．５２です。', '１．５２'],
    ['景況指数は102だった。最も低いのは南部の96だった。', '96'],
    ['出生率は東町が0.96で最も低く、最も高かったのは西町の1.60だった。', '1.60'],
  ])('reads the value in %s', (text, value) => {
    expect(texts(text)).toContain(value);
  });

  it.each([
    ['会議で示された値は、北の1.2だった。', '1.2'],
    ['最も多かったのは東町の3だった。', '3'],
    ['新型の3.0だった。', '3.0'],
  ])('leaves a bare number under no rate alone: %s', (text, value) => {
    expect(texts(text)).not.toContain(value);
  });

  // 1.20の合計特殊出生率: a rate's value before its name; 与党系が18を占める, 32から48に増やした: counts
  // held or changed, with no counter.
  it.each([
    ['足元で1.20の合計特殊出生率が今後も続くと仮定した。', '1.20', 'ratio'],
    ['足元で1.18の出生率が続けば、人口は減る。', '1.18', 'ratio'],
    ['０．９４の出生率は全国で最も低い。', '０．９４', 'ratio'],
    ['1.25の有効求人倍率は前月と同じだった。', '1.25', 'ratio'],
    ['定数30のうち、与党系が18を占める。', '18', 'count'],
    ['上位10社のうち、国内勢が7を占めた。', '7', 'count'],
    ['同社は対応言語を従来の32から48に増やした。', '32', 'count'],
    ['加盟国は27から30に増えた。', '27', 'count'],
    ['店舗を120から90に減らす。', '120', 'count'],
    // a difference taken to a value, halves and all
    ['首位とのゲーム差を1.5に縮めた。', '1.5', 'other'],
    ['2位との勝ち点差を0.5に広げた。', '0.5', 'other'],
    ['追う相手との差を3.5に縮めた。', '3.5', 'other'],
    ['同社は対応言語を従来の32から48に増やした。', '48', 'count'],
  ])('reads %s', (text, value, kind) => {
    expect(figures(text).map((f) => [f.text, f.kind])).toContainEqual([value, kind]);
  });

  it.each([
    ['3の倍数を数える。', '3'],
    ['2025の指数を発表した。', '2025'],
    ['バージョンを2から3に上げた。', '2'],
    ['版を1.5に上げた。', '1.5'],
    ['ゲーム差1.5の攻防が続く。', '1.5'],
    // the value changed to sits on the scale named before the one it starts from
    ['市は警戒レベルを3から4に引き上げた。', '4'],
    ['気象台は震度を5から6に修正した。', '6'],
    ['バージョンを2から3に上げた。', '3'],
  ])('reads no bare value in %s', (text, value) => {
    expect(texts(text)).not.toContain(value);
  });
});

describe('an index told against a base, or for a time', () => {
  // （2015年度=100） makes what it follows an index whatever its name; 昨年12月時点で / 3月末で /
  // 2024年平均で between the name and the value is the time the value is for.
  it.each([
    ['建設工事費デフレーター（2015年度=100）は昨年12月時点で138.6と、過去最高の水準だ。', '138.6'],
    ['住宅価格指数（2010年=100）は3月末で142.3だった。', '142.3'],
    ['企業物価指数（２０２０年＝１００）は１２３．４と前月を上回った。', '１２３．４'],
    ['景況感DI（2019年=100）は今年6月時点で97.5に下がった。', '97.5'],
    ['消費者物価指数は2024年平均で108.5だった。', '108.5'],
  ])('reads the value in %s', (text, surface) => {
    expect(figures(text).map((f) => [f.text, f.kind])).toEqual([[surface, 'ratio']]);
  });

  it('reads no bare number after a name that is no index', () => {
    expect(figures('背番号は87で、チーム最年長だ。')).toEqual([]);
    expect(figures('会場は昨年12月時点で5だった。')).toEqual([]);
  });
});

describe('a bare count of the things a past clause picks out', () => {
  // 登録された団体は120で: the topic is the set a clause ending in た picks out, its value how many;
  // 前年の95から増えた: a year's count a change starts from. 背番号 designates, 1998年の48から数えて changes nothing.
  it.each([
    ['登録された団体は120で、前年の95から増えた。', ['120', '95']],
    ['参加した自治体は４５だった。', ['４５']],
    ['今季見つかった巣は33と、過去最多となった。', ['33']],
    ['導入された路線は3で、2020年の1から増えた。', ['3']],
    ['決まった背番号は87で、チーム最年長だ。', []],
    ['決まった順位は3で、前回と同じだった。', []],
    ['示された警戒レベルは4で、避難を呼びかけた。', []],
    ['1998年の48から数えて3代目だ。', []],
  ])('%s', (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});

describe('a bare count a thing grew or shrank by', () => {
  // この10年で23減った: a number right before 減る / 増える / 減らす with no counter is how many.
  it.each([
    ['市内の銭湯はこの10年で23減った。', '23減'],
    ['登録団体は前年より6増えた。', '6増'],
    ['同社は国内の拠点を昨年から4減らした。', '4減'],
  ])('%s', (text, surface) => {
    expect(figures(text).map((f) => [f.text, f.kind])).toContainEqual([surface, 'count']);
  });

  // レベル3, 第2: a number glued to a kanji or katakana is a label, whatever verb follows.
  it.each([
    ['警戒レベル3減った地域はない。', '3'],
    ['事業部の第2増えた案件を見直す。', '2'],
  ])('leaves a label alone: %s', (text, core) => {
    expect(figures(text).map((f) => f.core)).not.toContain(core);
  });
});

describe('a bare number hedged on both sides', () => {
  // 少なくとも1000程度は: an amount's qualifier before and an "about" after make a bare number an amount.
  it.each([
    ['全国の診療所のうち、少なくとも500程度は閉鎖を迫られる。', '少なくとも500程度', 500],
    ['参加を申し込んだ団体のうち約120ほどが審査を通った。', '約120ほど', 120],
  ])('%s', (text, surface, value) => {
    expect(figures(text).map((f) => [f.text, f.value, f.kind])).toContainEqual([surface, value, 'count']);
  });

  // 評価は3程度: an "about" alone leaves a bare value as it is; 警戒レベルは約3程度 is a level.
  it.each([
    ['専門家の評価は3程度だった。', '3'],
    ['警戒レベルは約3程度とされた。', '3'],
  ])('leaves alone: %s', (text, core) => {
    expect(figures(text).map((f) => f.core)).not.toContain(core);
  });
});
