import type { Ymd } from './calendar';
import type { DateContext } from './context';
import { resolveSpec } from './resolve';
import type { Candidate } from './scan';

const SENTENCE_END = /[。\n]/g;

/**
 * The day words inside a quotation were spoken, for 昨日 / 今日 / 明日 there. A day named right
 * after the quotation in the same sentence wins (「昨日は眠れなかった」と14日に話した → the 14th);
 * otherwise the last day named before it (14日、「昨日…」と話した), otherwise the publication date.
 */
export function quoteDay(text: string, found: readonly Candidate[], index: number, ctx: DateContext): Ymd | null {
  const here = found[index] as Candidate;
  const close = text.indexOf('」', here.end);
  if (close >= 0) {
    SENTENCE_END.lastIndex = close;
    const end = SENTENCE_END.exec(text)?.index ?? text.length;
    for (let j = index + 1; j < found.length; j++) {
      const c = found[j] as Candidate;
      if (c.start >= end) break;
      if (c.start < close || c.spec.kind !== 'calendar' || c.spec.day?.type !== 'abs') continue;
      const r = resolveSpec(c.spec, ctx, null);
      if (r && 'lo' in r && r.lo.m !== undefined && r.lo.d !== undefined) return { y: r.lo.y, m: r.lo.m, d: r.lo.d };
      break;
    }
  }
  return ctx.lastDay ?? ctx.published;
}
