import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// この調査は、Xが…行っているもので、Yが…公表した: the topic is described first (whose survey it is), then
// the next clause tells who made these results public — Y, whose figures the report's lines give.
describe('a report described by a copula clause, then published by another body', () => {
  it('the body publishing it in the clause after もので、 is the announcer, not the one running the survey', () => {
    const a =
      'この調査は、文部科学省が毎年、全国の学校を対象に行っているもので、県教育委員会が31日、県内の結果を公表しました。' +
      'それによりますと、不登校の児童は3120人でした。';
    expect(analyzedNames(a, ['3120人'])).toEqual(['県教育委員会']);
    const b =
      'この調査は、厚生労働省が3年ごとに実施しているもので、北川県が今月2日までに県内分の結果をまとめました。' +
      'それによりますと、県内の要介護者は4万2000人でした。';
    expect(analyzedNames(b, ['4万2000人'])).toEqual(['北川県']);
  });

  it('with no comma after the topic, このほど, full-width digits and another verb of making public', () => {
    const c =
      'この統計は総務省が5年ごとに行っているもので、青葉市がこのほど市内の集計結果を発表した。' +
      'それによると、市内の空き家は１万２０００戸だった。';
    expect(analyzedNames(c, ['１万２０００戸'])).toEqual(['青葉市']);
    const d =
      'このテストは、文部科学省が小学6年生と中学3年生を対象に毎年行っているもので、南山県教委が今年2月に県内の結果を明らかにした。' +
      'それによると、正答率は平均63%だった。';
    expect(analyzedNames(d, ['63%'])).toEqual(['南山県教委']);
  });

  it('a publisher with a bracketed name, and the plain sentence after it', () => {
    const e =
      'この調べは、国土交通省が毎年実施しているもので、ＮＰＯ法人「みどりの森」が先月、県内分を公表しました。' +
      'それによると、県内の放置林は320ヘクタールでした。';
    expect(analyzedNames(e, ['320ヘクタール'])).toEqual(['ＮＰＯ法人「みどりの森」']);
    const f = 'この調査は、文部科学省が行っているもので、県教育委員会が31日に公表しました。小学校は9874件でした。';
    expect(analyzedNames(f, ['9874件'])).toEqual(['県教育委員会']);
  });

  it('but a topic described by a copula clause still announces when its next clause names no one else', () => {
    const g = '東和電機は業界2位の企業で、10日、今期の売上高が3200億円になる見通しだと発表した。';
    expect(analyzedNames(g, ['3200億円'])).toEqual(['東和電機']);
    const h = 'この制度は国が設けたもので、県は今年度、利用者が1200人だったと発表した。';
    expect(analyzedNames(h, ['1200人'])).toEqual(['県']);
    const i = 'この調査は文部科学省が毎年行うもので、全国の小学校で正答率は平均63%だった。';
    expect(analyzedNames(i, ['63%'])).toEqual(['']);
  });
});
