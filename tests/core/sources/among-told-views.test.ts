import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a view told with という among a group it names first (Xの間では、…という見方も出ている)', () => {
  it.each([
    [
      '北国は先週、新型ミサイルを公開した。米国の専門家の間では、北国の核弾頭は最大で60発に上るという見方も出ている。',
      '最大で60発',
      '米国の専門家',
    ],
    ['市場関係者の間では、来年の成長率は1%程度にとどまるという見方が強い。', '1%程度', '市場関係者'],
  ])('is the group’s: %s', (text, figure, source) => {
    expect(namesOf(text, [figure])).toEqual([source]);
  });

  it.each([
    // A view no one is named for stays no one's, whoever spoke before it.
    ['東和電機は、売上高が800億円に達したと発表した。ただ、来年は4割程度落ち込むという見方も出ている。', '4割程度'],
    ['東和電機は、売上高が800億円に達したと発表した。来年は4割程度伸びるという民間の試算もある。', '4割程度'],
  ])('negative: %s', (text, figure) => {
    expect(namesOf(text, [figure])).toEqual(['']);
  });
});

describe('a frame of holders after a clause of another party’s deed (…公開していて、専門家の間では、…)', () => {
  it('is the holders’', () => {
    const text =
      '北国は先週、新型ミサイルを公開していて、米国の専門家の間では、北国の核弾頭は最大で60発に上るという見方も出ている。';
    expect(namesOf(text, ['最大で60発'])).toEqual(['米国の専門家']);
  });
});
