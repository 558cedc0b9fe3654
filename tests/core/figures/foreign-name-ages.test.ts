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
