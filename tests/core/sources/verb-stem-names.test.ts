import { beforeAll, describe, expect, it } from 'vitest';
import { phraseEndingAt } from '../../../core/sources/name-phrase';
import { tokenizeText } from '../../../core/text/tokens';
import { headlinedNames, loadTokenizer, nameOf, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** The name phrase ending at the token before the first は of `text`. */
function topicPhrase(text: string): string {
  const tokens = tokenizeText(text, realTokenizer());
  const wa = tokens.findIndex((t) => t.surface === 'は');
  return phraseEndingAt(tokens, wa - 1, 0)?.text ?? '';
}

describe('a company name IPADIC opens with the stem of a rare verb is the whole name', () => {
  // 天翔|電機: IPADIC reads 天翔 as the stem of 天翔る, 相成 as that of 相成る.
  it.each([
    ['電池大手の天翔電機は新型電池を発表した。', '天翔電機'],
    ['精密部品の相成精工は、受注が増えたと明らかにした。', '相成精工'],
  ])('%s', (text, name) => {
    expect(topicPhrase(text)).toBe(name);
  });

  it('credits the spec figures of a launch to the whole name, not to its last word', () => {
    const text = '電池大手の天翔電機は5日、容量6000mAhの新型電池を発売すると発表した。';
    expect(nameOf(text, '6000mAh')).toBe('天翔電機');
    expect(headlinedNames('相成精工によると、受注は前年比12%増えた。', ['12%'])).toEqual(['相成精工']);
  });

  it('a verb written with its ending, or a single kanji stem, opens no name', () => {
    // 天翔る: the verb in use; the phrase is the noun after it only.
    expect(topicPhrase('空を天翔る鳥は多い。')).toBe('鳥');
    expect(topicPhrase('市内の見本市は盛況だった。')).toBe('市内の見本市');
  });
});
