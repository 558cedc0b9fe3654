import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 同社測定のベンチマークスコアは…。同社は…: a thing an anaphor qualifies (the company's score, its new
// plant, the association's members) points back itself; a later 同社 / 同協会 means the body, never it.
describe('a later anaphor looks past a thing an earlier one qualifies', () => {
  it.each([
    [
      '端末メーカーのキタハマモバイルは9月18日、新型スマートフォンを発表した。同社測定のベンチマークスコアは約120万点だった。同社は発売から1年間の販売目標を国内30万台としている。',
      '30万台',
      'キタハマモバイル',
    ],
    [
      '家電大手の東和電機は今年2月、新工場の建設を発表しました。同社の新工場「みなと第2工場」は2027年に稼働します。同社によりますと、投資額はおよそ３００億円です。',
      'およそ３００億円',
      '東和電機',
    ],
    [
      '日本北浜協会は10日、会員の調査結果をまとめた。同協会の加盟団体「北浜ネットワーク」は設立から5年になる。同協会によると、会員数は約1万2000人に増えた。',
      '約1万2000人',
      '日本北浜協会',
    ],
    [
      '北辰銀行は決算を発表した。同行の新アプリ「ホクシンＰａｙ」は利用者を伸ばしている。同行は純利益を23日までに約420億円と見込んだ。',
      '約420億円',
      '北辰銀行',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });
});
