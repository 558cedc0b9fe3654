import { describe, expect, it } from 'vitest';
import { editionName, sectionEdition } from '../../../../lib/content/page/edition';

describe('editionName: a headline naming a section of notices', () => {
  it('the section’s name with the day or month it prints', () => {
    expect(editionName('人事（6月12日付）')).toEqual({ kind: 'personnel', dated: true });
    expect(editionName('おくやみ（3月2日掲載分）')).toEqual({ kind: 'obituaries', dated: true });
    expect(editionName('防災無線の放送内容（令和7年5月）')).toEqual({ kind: 'broadcasts', dated: true });
    expect(editionName('読者投稿（5月3日）駅の階段に手すりを ほか')).toEqual({ kind: 'letters', dated: true });
    expect(editionName('【県警】不審者情報(4月)')).toEqual({ kind: 'incidents', dated: true });
    expect(editionName('人事異動2025年4月1日付')).toEqual({ kind: 'personnel', dated: true });
  });

  it('the name alone, past a bracketed label', () => {
    expect(editionName('【公立高校入試】理科の正答と講評')).toEqual({ kind: 'answers', dated: false });
    expect(editionName('訂正・おわび')).toEqual({ kind: 'corrections', dated: false });
    expect(editionName('大雨警報・注意報の発表状況')).toEqual({ kind: 'status', dated: false });
    expect(editionName('安心メールの配信履歴（5月）')).toEqual({ kind: 'broadcasts', dated: true });
  });

  it('not a headline that tells, nor a column’s name with its day', () => {
    for (const h of [
      '北浜銀行、新頭取に小川氏　7年ぶりトップ交代の人事',
      '県警が不審者情報を一斉配信（6月1日）',
      '元市長の山田太郎さん死去　88歳',
      '春秋（6月12日）',
      '入試の解答に誤り、県教委が訂正',
      null,
    ])
      expect(editionName(h), String(h)).toBeNull();
  });
});

describe('sectionEdition: filed under notices, headed by the day alone or by several pieces', () => {
  it('the day alone, or titles gathered with ほか, under a section of notices', () => {
    expect(sectionEdition('6月14日付', ['トップ', 'おくやみ'])).toBe(true);
    expect(sectionEdition('2025年6月14日', ['人事異動'])).toBe(true);
    expect(sectionEdition('駅の階段に手すりを／祖父の畑で見つけた春 ほか', ['ホーム', 'オピニオン', '読者投稿'])).toBe(
      true,
    );
  });

  it('not a story’s headline under the same section, nor the day alone under a news section', () => {
    expect(sectionEdition('北浜銀行、新頭取に小川氏', ['トップ', '人事'])).toBe(false);
    expect(sectionEdition('元市長の山田太郎さん死去', ['おくやみ'])).toBe(false);
    expect(sectionEdition('6月14日付', ['トップ', '社会'])).toBe(false);
    expect(sectionEdition(null, ['おくやみ'])).toBe(false);
  });
});
