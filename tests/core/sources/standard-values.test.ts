import { beforeAll, describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/figures';
import { standardValues } from '../../../core/sources/standard-values';
import { tokenizeText } from '../../../core/text/tokens';
import { analyzedNames, loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The setters standardValues finds for the figures of `text`, by figure text. */
function setters(text: string): Record<string, string> {
  const tokens = tokenizeText(text, realTokenizer());
  const found = standardValues(text, tokens, findFigures(text, tokens));
  return Object.fromEntries([...found].map(([f, p]) => [f.text, p.name]));
}

// 環境省が…の目安とする31: a value a body sets as a standard is the setter's.
describe('a value a body sets as a standard (Xが…の目安とする N)', () => {
  it('is the setter’s, with a quoted name of the standard between', () => {
    const text = '見出し\n正午の気温は36度を記録した。北山県が「外出を控える」目安とする35度を上回った。';
    expect(analyzedNames(text, ['36度', '35度を上回った'])).toEqual(['', '北山県']);
    expect(setters('東和協会は休憩の上限としている20分を守った。')).toEqual({ '20分': '東和協会' });
  });

  it('a person’s yardstick, a standard no one is named for, or a figure not right after it is left alone', () => {
    expect(setters('山田一郎さんが目安とする1日1万歩を歩いた。')).toEqual({});
    expect(setters('運動を控える目安とする31を超えた。')).toEqual({});
    expect(setters('北山県は35度を目安としている。')).toEqual({});
  });
});
