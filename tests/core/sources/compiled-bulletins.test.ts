import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 「Xは…とする第2報をまとめた」: a body compiling a report or a bulletin of what its clause counts is
// the release of those figures, whatever stands between the report and the verb (このほど, 12日に).
describe('a report or bulletin a body compiled speaks for what it counts', () => {
  it.each([
    // a numbered bulletin, and the breakdown after it goes on with it
    [
      '南海県は11日、住宅被害が少なくとも1,214棟に上ったとする第2報をまとめた。このうち床上浸水が386棟、床下浸水が772棟だった。',
      ['1,214棟', '386棟', '772棟'],
      '南海県',
    ],
    // an adverb of time between the object and the verb
    ['日本港湾協会は、加盟企業の4割が赤字だったとする報告書をこのほどまとめた。', ['4割'], '日本港湾協会'],
    // との, a bulletin, a date with に, です/ます
    ['北山県は、浸水被害が320棟に上ったとの速報を12日にまとめました。', ['320棟'], '北山県'],
    // 公表した / 発表した already did: a date after the object, a comma, ということです
    ['東和市は、観光客が前年比12%増えたとする集計結果を23日までに公表した。', ['12%'], '東和市'],
    ['南海県は、被害額が約38億円に達したとする試算を今年2月に公表したということです。', ['約38億円'], '南海県'],
    ['北山省は、訪日客数が1,200万人に上ったとする統計を、15日に発表した。', ['1,200万人'], '北山省'],
    // full-width digits, the bulletin cited
    ['南海県がまとめた第３報によると、住宅被害は１２１４棟に上った。', ['１２１４棟'], '南海県'],
  ])('%s', (text, figures, source) => {
    for (const f of figures) expect(nameOf(text, f)).toBe(source);
  });

  it('an article printed or a claim denied is not a report compiled', () => {
    expect(nameOf('東和新聞は、住宅被害が1,214棟に上ったとする記事を掲載した。', '1,214棟')).toBe('');
  });
});
