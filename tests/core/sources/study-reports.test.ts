import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' || s.type === 'none' ? '' : s.name));

describe('a study announced with its result as the object (…との研究結果を、Xが発表した)', () => {
  it('is the subject’s after the object, not the result’s topic, whatever the verb and dates', () => {
    const a =
      '毎日朝食をとる人は、肥満になるリスクが約3割低いとの研究結果を、南陽大学などの研究チームが12日までに英科学誌に発表した。';
    expect(names(a, ['約3割'])).toEqual(['南陽大学などの研究チーム']);
    const b =
      '毎日15分以上読書をする子どもは、正答率が約１割高いとの調査結果を、北浜教育大学の研究グループが今月までに公表した。';
    expect(names(b, ['約１割'])).toEqual(['北浜教育大学の研究グループ']);
    const c = '塩分を控えた高齢者は、血圧が平均5ポイント下がるとの分析結果を、西山短大のチームが先月まとめた。';
    expect(names(c, ['5ポイント'])).toEqual(['西山短大のチーム']);
    const d = '夜更かしする中学生は、成績が１５％低いとの集計結果を、東浜医科大学のグループがこのほど取りまとめた。';
    expect(names(d, ['１５％'])).toEqual(['東浜医科大学のグループ']);
  });

  it('goes on into the paragraphs that tell the study', () => {
    const text =
      '毎日朝食をとる人は、肥満になるリスクが約3割低いとの研究結果を、南陽大学などの研究チームが12日までに英科学誌に発表した。\n' +
      '研究チームは、全国の男女約3万2000人を平均7年間追跡した。\n' +
      '分析したところ、朝食をとらない人の肥満リスクは28%高かった。';
    expect(names(text, ['約3万2000人', '28%'])).toEqual(['南陽大学などの研究チーム', '南陽大学などの研究チーム']);
  });

  it('leaves a topic that announces its own result to it', () => {
    const text = '東和市は、路線バスの利用者が前年より約2割減ったとの調査結果を、20日に公表した。';
    expect(names(text, ['約2割'])).toEqual(['東和市']);
  });

  it('goes on with 明らかにした as with 発表した, the result before it with と or を', () => {
    const text =
      '睡眠時間が短い高齢者は転倒しやすいことを、東山医科大の研究チームがこのほど明らかにした。\n' +
      'チームは県内の高齢者約8千人を5年間調べた。';
    expect(names(text, ['約8千人'])).toEqual(['東山医科大の研究チーム']);
  });
});
