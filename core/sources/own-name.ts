import type { AttributedFigure } from './context';
import { inside, type Party } from './parties';

/**
 * True when the figure is written inside the name of the party it would be credited to: 地上波テレビ3社の
 * 出口調査は…と予測していた — 3社 says who made the forecast, as the outlet names them, not what the forecast
 * told; crediting it to 「地上波テレビ3社の出口調査」 would make the party its own source.
 */
export function inOwnName(f: AttributedFigure, p: Party): boolean {
  return inside(f, p.phrase) && f.end <= p.phrase.end;
}
