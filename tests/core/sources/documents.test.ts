import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a document as the topic speaks for its author', () => {
  it('提言では… after Xが提言をまとめた: the author, kept through sentences with no subject of their own', () => {
    const text = [
      '公明党の農業部会は、肥料の高騰に備える対策を柱とした提言をまとめた。',
      '提言では、肥料の価格が2年で5割上がったと指摘している。そのうえで、補助を少なくとも3割増やすよう求めている。',
      'また、備蓄を60日分に増やすことも盛り込んだ。',
      '政府は提言を受け、年内に20億円の予算を組むかどうか検討する。',
    ].join('\n');
    const got = namesOf(text, ['5割', '3割', '60日', '20億円']);
    expect(got.slice(0, 3).every((n) => n.includes('農業部会') && n.includes('提言'))).toBe(true);
    expect(got[3]).toBe('');
  });

  it('判決 after the court gave it: 判決によると, 判決は…, then a subjectless …減額した', () => {
    const text = [
      '東京地裁は10日、運送会社に約3000万円の支払いを命じる判決を言い渡した。',
      '判決によると、男性の残業は月平均で約90時間だった。',
      '会社側は「本人の判断だった」と主張したが、判決は、会社が労働時間を管理していなかったと判断した。',
      '一方、男性が不調を会社に伝えていなかった点を考慮し、賠償額を請求額の8割に減額した。',
    ].join('\n');
    const got = namesOf(text, ['約90時間', '8割']);
    // A ruling is the court speaking: its figures are the court's.
    expect(got).toEqual(['東京地裁', '東京地裁']);
  });

  it('判決は…と認定した is the court’s; 起訴状によると gives the indictment’s counts as the document', () => {
    const text = [
      '北和地裁は8日、元理事長に懲役2年の判決を言い渡した。',
      '判決は、元理事長が少なくとも15回にわたり寄付金を流用したと認定した。',
      '起訴状によると、元理事長は約600万円を私的に使ったとされる。',
    ].join('\n');
    expect(namesOf(text, ['少なくとも15回', '約600万円'])).toEqual(['北和地裁', '起訴状']);
    // With no court named, the ruling is still the source it was.
    expect(namesOf('判決によると、男性の残業は月平均で約90時間だった。', ['約90時間'])).toEqual(['判決']);
  });

  it('with no author named, a document that speaks is its own source; a plain 計画 is no one’s', () => {
    expect(namesOf('報告書は、空き家が全国で約900万戸に上るとしている。', ['約900万戸'])).toEqual(['報告書']);
    expect(namesOf('計画では、2030年までに風車を50基建てる。', ['50基'])).toEqual(['']);
  });

  it('receiving a document makes no author', () => {
    const text = '知事は有識者会議の報告書を受け取った。\n報告書では、待機児童が120人いると指摘している。';
    expect(namesOf(text, ['120人'])).toEqual(['報告書']);
  });

  it('ends at a new scene (福岡では、…)', () => {
    const text =
      '北九州市の審議会は答申をまとめた。答申では、バスの便数を2割減らすよう求めた。福岡では、路線の4割が赤字となった。';
    const got = namesOf(text, ['2割', '4割']);
    expect(got[0]).toBe('北九州市の審議会の答申');
    // No longer the report's (the panel's announcement is another rule's to carry or not).
    expect(got[1]).not.toContain('答申');
  });

  it('ends where the sentence has a subject of its own, or the writer speaks', () => {
    const text = [
      '市の検討会は、駅前の再開発について報告書をまとめた。',
      '報告書では、歩行者が1日3万人に増えると見込んでいる。対象の区域は約12ヘクタールだ。',
      '家賃は2割ほど上がるだろう。',
    ].join('\n');
    const got = namesOf(text, ['3万人', '約12ヘクタール', '2割']);
    expect(got[0]).toContain('検討会');
    // The area is no longer the report's (the announcement of the panel may still reach it).
    expect(got[1]).not.toContain('報告書');
    expect(got[2]).toBe('');
  });
});

// 判決は、…約9カ月で言い渡された: a ruling as what was delivered is the outlet's account of the procedure.
describe('a document as the subject of its own delivery does not speak', () => {
  it.each([
    '東京地裁は２６日、出版社に賠償を命じた。判決によると、記事は３回掲載された。\n判決は、昨年６月の第１回口頭弁論から約９カ月で言い渡された。',
    '大阪高裁は、一審判決を取り消した。\n判決は、控訴審の初公判から約半年で言い渡されました。',
  ])('%s', (text) => {
    const figure = text.includes('約９カ月') ? '約９カ月' : '約半年';
    expect(namesOf(text, [figure])).toEqual(['']);
  });
});
