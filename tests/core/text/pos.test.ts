import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import * as pos from '../../../core/text/pos';
import { tokenizeText } from '../../../core/text/tokens';
import type { Token, Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

/** The token with this surface in our own sentence (the first one). */
function word(text: string, surface: string): Token {
  const t = tokenizeText(text, tokenizer).find((x) => x.surface === surface);
  if (!t) throw new Error(`no token ${surface} in ${text}`);
  return t;
}

describe('part-of-speech predicates', () => {
  it('name IPADIC classes on real tokens', () => {
    const s = '田中太郎氏は3人の調査員と東京の港を訪れ、約50件を発表した。';
    expect(pos.isCounter(word(s, '人'))).toBe(true);
    expect(pos.isSuffix(word(s, '人'))).toBe(true);
    expect(pos.isCounter(word(s, '港'))).toBe(false);
    expect(pos.isNumeral(word(s, '3'))).toBe(true);
    expect(pos.isProperNoun(word(s, '東京'))).toBe(true);
    expect(pos.isPlaceName(word(s, '東京'))).toBe(true);
    expect(pos.isPersonName(word(s, '田中'))).toBe(true);
    expect(pos.isGivenName(word(s, '太郎'))).toBe(true);
    expect(pos.isGivenName(word(s, '田中'))).toBe(false);
    expect(pos.isPersonName(word(s, '氏'))).toBe(true);
    expect(pos.isBindingParticle(word(s, 'は'))).toBe(true);
    expect(pos.isGenitive(word(s, 'の'))).toBe(true);
    expect(pos.isCaseParticle(word(s, 'を'))).toBe(true);
    expect(pos.isPrefix(word(s, '約'))).toBe(true);
    // 約 is 接頭詞,数接続 (before numbers); 新 in 新会社 is 接頭詞,名詞接続.
    expect(pos.isNounPrefix(word(s, '約'))).toBe(false);
    expect(pos.isNounPrefix(word('全国の新会社', '新'))).toBe(true);
    expect(pos.isSahenNoun(word(s, '発表'))).toBe(true);
    expect(pos.isCommonNoun(word(s, '港'))).toBe(true);
    expect(pos.isCommonNoun(word(s, '発表'))).toBe(false);
    expect(pos.isVerb(word(s, '訪れ'))).toBe(true);
    expect(pos.isIndependent(word(s, '訪れ'))).toBe(true);
    expect(pos.isAuxiliary(word(s, 'た'))).toBe(true);
    expect(pos.isPredicateWord(word(s, 'た'))).toBe(true);
    expect(pos.isPredicateWord(word(s, '港'))).toBe(false);
    expect(pos.isSymbol(word(s, '、'))).toBe(true);
  });

  it('tell dependent words, pronouns and particles of a clause apart', () => {
    const s = 'これは増えているが、米や英は多いとみている。';
    expect(pos.isPronoun(word(s, 'これ'))).toBe(true);
    expect(pos.isDependent(word(s, 'いる'))).toBe(true);
    expect(pos.isConjunctiveParticle(word(s, 'が'))).toBe(true);
    expect(pos.isParallelParticle(word(s, 'や'))).toBe(true);
    expect(pos.isAdjective(word(s, '多い'))).toBe(true);
    expect(pos.isNoun(word(s, '米'))).toBe(true);
  });

  it('tell plain nouns and plain suffixes from names, numbers and counters', () => {
    const s = '重大な問題が東京で3件、線状降水帯';
    for (const w of ['重大', '問題', '線', '状', '帯']) expect(pos.isPlainNoun(word(s, w)), w).toBe(true);
    for (const w of ['東京', '3', '件', 'な']) expect(pos.isPlainNoun(word(s, w)), w).toBe(false);
  });

  it('answer false for a missing token (past the end of the sentence)', () => {
    const tokens = tokenizeText('調査', tokenizer);
    const predicates = Object.values(pos).filter((p) => typeof p === 'function');
    expect(predicates.length).toBeGreaterThan(30);
    for (const [name, predicate] of Object.entries(pos)) {
      if (typeof predicate !== 'function') continue;
      expect(predicate(tokens[5]), name).toBe(false);
      expect(predicate(null), name).toBe(false);
    }
  });
});
