import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a paper with no owner written (論文によると) is cited as itself', () => {
  it('by によると or では, whatever modifies it', () => {
    const a = '東和製薬は治験の結果を発表した。論文によると、副作用が出た患者は投与群の12.6%だった。';
    expect(namesOf(a, ['12.6%'])).toEqual(['論文']);
    expect(namesOf('論文では、重い症状が出たのは1%未満だったということです。', ['1%未満'])).toEqual(['論文']);
    const c = '米科学誌に23日までに掲載された論文によると、海面は最大1.1メートル上がる。';
    expect(namesOf(c, ['最大1.1メートル'])).toEqual(['論文']);
  });

  it('an owner written is the source; other reports with no owner stay as they were', () => {
    const owned = '北辰大学の研究チームの論文によると、発症リスクは約2倍だった。';
    expect(namesOf(owned, ['約2倍'])).toEqual(['北辰大学の研究チーム']);
    expect(namesOf('報告書によると、被害額は約3億円に上った。', ['約3億円'])).toEqual(['']);
  });
});
