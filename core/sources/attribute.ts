import { sentenceIndexAt } from '../text/sentences';
import type { Source } from '../types';
import type { AttributionContext } from './context';
import { bracketedConversions } from './conversions';
import { echoHeadline } from './headline';
import { sourcesInForce } from './in-force';
import { ownAuthority, toSource } from './parties';
import { resolveFigure, UNNAMED } from './resolve';

/**
 * The source of every figure, in order. Two passes: the article is read sentence by sentence for the
 * sources in force (core/sources/in-force.ts), then each figure is resolved against its sentence's
 * (core/sources/resolve.ts). A figure no one is credited with is the author's of a signed column,
 * else the byline's; a headline echoes the body's source for the same figure.
 */
export function attribute(ctx: AttributionContext): (Source | null)[] {
  const inForce = sourcesInForce(ctx);
  const own = ownAuthority(ctx);
  const converted = bracketedConversions(ctx.text, ctx.figures);
  const sources = ctx.figures.map((f) => {
    const i = sentenceIndexAt(ctx.sentences, f.start);
    // 100億ドル（約1兆3900億円）: the conversion is the outlet's, whoever gave the dollars.
    const party = i < 0 || converted.has(f) ? null : resolveFigure(ctx.text, f, i, inForce);
    return party === UNNAMED ? null : party ? toSource(party) : own ? { ...own } : null;
  });
  return echoHeadline(ctx.sentences, ctx.figures, sources);
}
