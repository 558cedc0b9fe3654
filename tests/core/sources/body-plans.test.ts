import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// An invented story: a maker closes a plant, and its later paragraphs tell what it plans.
const LEDE = '電機大手の東和製作所は3日、北浜工場（北浜市）を来年3月末で閉鎖すると発表した。\n';

describe('a foreseen act (…を計上する見込み) in a later paragraph is the body’s plan', () => {
  it.each([
    ['同社は閉鎖に伴う特別損失として約120億円を今年度の決算に計上する見込み。', '約120億円'],
    ['同社は来年度、設備投資に約１５０億円を投じる見込みです。', '約１５０億円'],
    ['来年４月から新たに研究員を２００人増やす見込みだ。', '２００人'],
    ['同社は、今後3年間で南川工場に計８００億円を投資する見通しだ。', '計８００億円'],
  ])('%s', (sentence, figure) => {
    expect(headlinedNames(`${LEDE}${sentence}`, [figure])[0]).toContain('東和製作所');
  });

  it('両社 as the topic plans for both (両社は…出資する見込み)', () => {
    const body =
      '東和製作所と北辰電機は3日、合弁会社を設立すると発表した。\n両社は来年度、新会社に計50億円を出資する見込み。';
    expect(headlinedNames(body, ['計50億円'])[0]).toBe('両社');
  });

  it('another body as the topic plans its own (北浜市は跡地に…投じる見込みだ)', () => {
    expect(headlinedNames(`${LEDE}北浜市は跡地に約20億円を投じる見込みだ。`, ['約20億円'])).toEqual(['北浜市']);
  });
});

// A paragraph between, so that the lede's announcement is not what the sentence goes on with.
const BETWEEN = '北浜市の山田一郎市長は「地域経済への打撃は大きい」と述べた。\n';

describe('what is foreseen of a thing or aimed at by a person stays the outlet’s', () => {
  it.each([
    // …に達する: no object, nothing done.
    ['同社の受注残高は来年度に1兆円に達する見込み。', '1兆円'],
    // 占める / 上回る: where a figure stands, not an act.
    ['海外売上高が全体の約4割を占める見込みだ。', '約4割'],
    ['同社の売上高は前年を約10％上回る見通しです。', '約10％'],
    // a product as the subject: what is given to patients, not the company's plan.
    ['新薬HS-207は患者1人あたり1日2回、10ミリグラムを投与する見込み。', '10ミリグラム'],
    // a person's aim (and a team's: 目指す plans nothing a body vouches for).
    ['山田選手は来季、3連覇を目指す。', '3連覇'],
  ])('%s', (sentence, figure) => {
    expect(headlinedNames(`${LEDE}${BETWEEN}${sentence}`, [figure])).toEqual(['']);
  });
});
