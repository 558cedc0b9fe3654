import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a view held among a group (Xの間では…とみられている)', () => {
  it('is the group’s, not the body whose release the story reports', () => {
    const text = [
      '財務省は10日、為替介入の実績を発表した。',
      '市場関係者の間では、2回の介入で合わせて9兆円規模に上ったと推計されている。',
    ].join('\n');
    expect(namesOf(text, ['2回', '9兆円規模'])).toEqual(['市場関係者', '市場関係者']);
    expect(namesOf('専門家の間でも、成長率は1%程度にとどまるとみられている。', ['1%程度'])).toEqual(['専門家']);
  });

  it('names no one when nothing is reported, or a cue names someone', () => {
    expect(namesOf('両国の間では3回の協議を重ねた。', ['3回'])).toEqual(['']);
    expect(namesOf('業界の間では、山田社長が「3割増える」と述べた。', ['3割'])).toEqual(['山田社長']);
  });
});
