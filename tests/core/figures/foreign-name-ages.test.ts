import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const ages = (text: string) =>
  figures(text)
    .filter((f) => f.kind === 'age')
    .map((f) => f.value);

/** A foreign name in katakana, then a title, then the age: ストランドベリ党首（52）, リンド首相（58）. */
describe('ages after a katakana name and a title', () => {
  it.each([
    ['社会進歩党のマルク・ストランドベリ党首（52）は支持者を前に語った。', 52],
    ['社会進歩党のストランドベリ党首（52）は語った。', 52],
    ['カリン・リンドクヴィスト首相（58）は「勝負はついていない」と述べた。', 58],
    ['マルティネス大統領（６１）が演説した。', 61],
    ['ボルトン監督（47）は「選手を誇りに思う」と話した。', 47],
    ['ハンセン外相（49）が会見した。', 49],
    ['ゴメス知事（55）は記者団に語った。', 55],
    ['市民団体のハリス代表（41）が訴えた。', 41],
  ])('reads the age in %s', (text, age) => {
    expect(ages(text)).toContain(age);
  });

  it.each([
    '新型ポケット・ラジオ（3）を発売した。',
    'ホテル本館（120）を改装する。',
    'スマホ新機種（15）を発表。',
    // 工事 and 一覧表 end like 知事 and 代表 but name no one
    '北浜港のクレーン工事（20）が始まった。',
    '新しいプログラム一覧表（30）を配った。',
  ])('reads no age in %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

/**
 * A name the dictionary does not know as one, after its role and の, then the age and a subject or topic
 * particle: 関脇の若潮（25）が, ボーカルのSORA（27）は. A common noun (資料（20）), a place the lists
 * know (東京（20）), a comma (a tally) or a page after the bracket read no age.
 */
describe('ages after a role, の and an unknown name', () => {
  it.each([
    ['関脇の若潮（25）が初日に白星を挙げた。', 25],
    ['ボーカルのSORA（27）は「夢がかなった」と話した。', 27],
    ['ギターのKEN（３１）も涙を見せた。', 31],
  ])('reads the age in %s', (text, age) => {
    expect(ages(text)).toContain(age);
  });

  it.each([
    '研究班の資料（20）が示すとおりだ。',
    '全国の東京（20）が最多だった。',
    '県内の若藤（20）、港北（15）が続いた。',
    '会報の巻末（20）ページに載せた。',
    '候補の若葉（3）が選ばれた。',
    '記念誌の年表（2024）は好評だ。',
  ])('reads no age in %s', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
