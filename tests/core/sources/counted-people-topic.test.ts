import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 沿道の観客は約120万人と推計した: the people a count measures, set before it with は, are what was
// counted — never who reckoned it, who is left unwritten (the body in force).
describe('a topic of people the amount after it counts is no source', () => {
  it.each([
    // paper, according-to in force
    ['大会事務局によると、出走者は3万9720人だった。沿道の観客は約120万人と推計した。', '約120万人', '大会事務局'],
    // broadcaster, ていて, a modifier with a numeral in it (1日あたりの)
    [
      '私鉄の北西鉄道は5日、新線の整備計画を発表しました。1日あたりの利用者はおよそ7万人と想定していて、開業は2034年を目指すとしています。',
      'およそ7万人',
      '北西鉄道',
    ],
    // を instead of と, 延べ
    ['南浜市は今年2月、花火大会の計画をまとめた。来場者は延べ5万人を見込む。', '5万人', '南浜市'],
    // a date inserted after は, 名 as the counter
    ['東和県は3日、防災訓練の概要を公表した。参加者は23日までに約800名と集計した。', '約800名', '東和県'],
    // full-width digits, 程度
    ['西山町によると、祭りの準備は順調だという。見物客は１万人程度と予想している。', '１万人程度', '西山町'],
    // a clause before the topic, 予測する
    [
      '北海観光協会はこのほど、夏の見通しを発表した。道外から訪れる宿泊客は約30万人と予測する。',
      '約30万人',
      '北海観光協会',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });

  it.each([
    // a role that tells keeps speaking
    ['北西鉄道は計画を発表した。広報担当者は約100人と説明した。', '約100人', '広報担当者'],
    ['捜査関係者は約20人と明かした。', '約20人', '捜査関係者'],
    // a body with an amount of money keeps its estimate
    ['東和電機は約100億円と見込む。', '約100億円', '東和電機'],
  ])('stays: %s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });
});
