import { beforeAll, describe, expect, it } from 'vitest';
import { analyzedNames, loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

// 主催者発表で / 警察発表では: a release compounded onto its maker, with no の, is the maker's.
describe('a report noun compounded onto its maker (主催者発表で)', () => {
  it('the maker before 発表 is the source, over the account in force', () => {
    const text =
      '夏の花火大会が閉幕\n\n花火大会の実行委員会によると、打ち上げは1万発だった。人出は主催者発表で延べ35万人に達した。';
    // The whole analysis: the tagger's entities make the committee's account reach the next sentence.
    expect(analyzedNames(text, ['1万発', '35万人'])).toEqual(['花火大会の実行委員会', '主催者']);
    expect(analyzedNames('都心でデモ\n\nデモの参加者は警察発表で約8000人だった。', ['約8000人'])).toEqual(['警察']);
  });

  it('negative: a compound naming what is studied (家計調査) or a person names no maker', () => {
    expect(namesOf('家計調査で、食費は前年より2%増えた。', ['2%'])).toEqual(['']);
    expect(namesOf('山田さん発表で、参加者は3人だった。', ['3人'])).toEqual(['']);
  });
});
