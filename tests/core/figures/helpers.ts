import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { type FigureReading, findFigures } from '../../../core/figures';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer | null = null;

/** Loads kuromoji once per test file (call from beforeAll). */
export async function loadTokenizer(): Promise<void> {
  tokenizer = await loadNodeTokenizer();
}

/** findFigures on `text` with real kuromoji tokens. */
export function figures(text: string): FigureReading[] {
  if (!tokenizer) throw new Error('call loadTokenizer() in beforeAll');
  return findFigures(text, tokenizeText(text, tokenizer));
}

/** The one figure of `text` (fails the test if there is not exactly one). */
export function only(text: string): FigureReading {
  const fs = figures(text);
  if (fs.length !== 1)
    throw new Error(`expected one figure in ${text}, got ${fs.map((f) => f.text).join(', ') || 'none'}`);
  return fs[0] as FigureReading;
}
