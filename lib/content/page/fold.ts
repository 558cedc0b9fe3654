import { denseText } from './page-index';

/**
 * A page's text as the page rules read it. NFKC folds full-width forms (「４４位」 → 「44位」, 「（共同）」 →
 * 「(共同)」) and turns the ideographic and no-break spaces into plain ones, so one white-space class serves.
 */

/** NFKC-folded with surrounding white space trimmed: 「　山田ハナさん（94）＝本町。」 → 「山田ハナさん(94)=本町。」. */
export function folded(text: string): string {
  return text.normalize('NFKC').trim();
}

/** NFKC-folded with all white space removed (easy-Japanese pages space their words): 「月曜日は　休みです。」 → 「月曜日は休みです。」. */
export function foldedDense(text: string): string {
  return denseText(text.normalize('NFKC'));
}
