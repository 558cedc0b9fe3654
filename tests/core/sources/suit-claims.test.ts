import { beforeAll, describe, expect, it } from 'vitest';
import { findFigures } from '../../../core/figures';
import { suitClaims } from '../../../core/sources/suit-claims';
import { tokenizeText } from '../../../core/text/tokens';
import { analyzedNames, loadTokenizer, realTokenizer } from './helpers';

/** The claimants suitClaims finds for the figures of `text`, by figure text. */
function claimants(text: string): Record<string, string> {
  const tokens = tokenizeText(text, realTokenizer());
  const found = suitClaims(text, tokens, findFigures(text, tokens));
  return Object.fromEntries([...found].map(([f, p]) => [f.text, p.name]));
}

beforeAll(loadTokenizer);

// 遺族が…約1億円の損害賠償を求めた訴訟: the amount claimed in a suit is the claimant's.
describe('an amount claimed in a suit (Xが…N円の損害賠償を求めた訴訟) is the claimant’s', () => {
  it('in the clause that names the suit, or closing on 提訴した', () => {
    const suit =
      '見出し\n工場で事故にあった男性の家族が、東和化学に約6千万円の損害賠償を求めた訴訟の判決が5日、北山地裁であった。';
    expect(analyzedNames(suit, ['約6千万円'])).toEqual(['男性の家族']);
    const filed = '見出し\n住民らは北山市に計800万円の慰謝料を求めて北山地裁に提訴した。';
    expect(analyzedNames(filed, ['計800万円'])).toEqual(['住民ら']);
  });

  it('finds the claimant only where a suit is named', () => {
    expect(claimants('原告の男性は、国に計300万円の賠償を求めて提訴した。')).toEqual({ 計300万円: '原告の男性' });
    // an amount ordered, a demand outside a suit, a claim with a verb between it and the claimant
    expect(claimants('北山地裁は5日、東和化学に約4千万円の支払いを命じた。')).toEqual({});
    expect(claimants('住民らは市に500万円の損害賠償を求めた。市は年内に答える。')).toEqual({});
    expect(claimants('男性は事故で負傷し、約2千万円の損害賠償を求める訴訟を起こした。')).toEqual({});
  });
});
