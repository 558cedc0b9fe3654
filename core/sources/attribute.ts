import { sentenceIndexAt } from '../text/sentences';
import type { Source } from '../types';
import { bracketedCredits } from './bracketed-credit';
import type { AttributedFigure, AttributionContext } from './context';
import { bracketedConversions } from './conversions';
import { othersDemands } from './demanded-notes';
import { partyDescriptions } from './descriptions';
import { elapsedBeforeParty } from './elapsed-clause';
import { memberOfGroup, nextMember } from './group-members';
import { echoHeadline } from './headline';
import { ledeAntecedent } from './headline-anaphors';
import { sourcesInForce } from './in-force';
import { inOwnName } from './own-name';
import { ownAuthority, type Party, toSource } from './parties';
import { resolveFigure, UNNAMED } from './resolve';
import type { InForce } from './sentence-sources';
import { standardValues } from './standard-values';
import { suitClaims } from './suit-claims';
import { isWritersOwn, writersSource, writersWork } from './writers-work';

/**
 * The source of every figure, in order. Two passes: the article is read sentence by sentence for the
 * sources in force (core/sources/in-force.ts), then each figure is resolved against its sentence's
 * (core/sources/resolve.ts). A figure no one is credited with is the author's of a signed column,
 * else the byline's; words a headline quotes echo the body's source for the same figure.
 */
export function attribute(ctx: AttributionContext): (Source | null)[] {
  const inForce = sourcesInForce(ctx);
  const own = ownAuthority(ctx);
  const converted = bracketedConversions(ctx.text, ctx.figures);
  const described = partyDescriptions(ctx.text, ctx.tokens, ctx.figures);
  const demanded = othersDemands(ctx.text, ctx.figures);
  // 遺族が…約1億円の損害賠償を求めた訴訟: the claimant's amount, unless a bracket credits it (suit-claims.ts).
  const credited = new Map([
    ...suitClaims(ctx.text, ctx.tokens, ctx.figures),
    // 環境省が…の目安とする31: the value a body sets as a standard (standard-values.ts).
    ...standardValues(ctx.text, ctx.tokens, ctx.figures),
    ...bracketedCredits(ctx.text, ctx.tokens, ctx.figures),
  ]);
  const at = ctx.figures.map((f) => sentenceIndexAt(ctx.sentences, f.start));
  const parties = ctx.figures.map((f, n) =>
    partyOf(ctx, f, at[n] as number, inForce, converted, described, demanded, credited),
  );
  // 筆者は…500人に聞いた。…と答えた人は62%: the signed writer's own findings, where no one named since
  // the writer's inquiry began is credited (a surveyor of the paragraph before is not).
  const writers = (p: Party | typeof UNNAMED | null | undefined, since: number): boolean =>
    !p || (p !== UNNAMED && (isWritersOwn(p.name) || p.phrase.start < since));
  const work = writersWork(
    ctx,
    inForce.sentences.map((s) => s.view),
    (i, since) => parties.some((p, n) => at[n] === i && !writers(p, since)),
  );
  const writer = work.size ? writersSource(ctx) : null;
  // The byline is the same for every figure and a party's name recurs (同省によると…同省は…): each is
  // folded once, not twice per figure (NFKC folding is one of the dearer calls of the stage).
  const folded = new Map<string, string>();
  const fold = (name: string): string => {
    let b = folded.get(name);
    if (b === undefined) {
      b = bare(name);
      folded.set(name, b);
    }
    return b;
  };
  const sources = ctx.figures.map((_f, n) => {
    const party = parties[n];
    const since = work.get(at[n] as number);
    if (writer && since !== undefined && writers(party, since)) return { ...writer };
    // ＮＨＫの取材で分かりました in an NHK article: the outlet's own reporting, its own authority.
    const mine = party && party !== UNNAMED && own?.type === 'byline' && isOutlet(fold(party.name), fold(own.name));
    return party === UNNAMED ? null : party && !mine ? toSource(party) : own ? { ...own } : null;
  });
  // 「…150万人割れ　県推計」: a headline's credit that names no one is the body its lede names.
  return echoHeadline(ctx.text, ctx.tokens, ctx.sentences, ctx.figures, sources).map((s, n) =>
    s && at[n] === 0 ? (ledeAntecedent(s, inForce) ?? s) : s,
  );
}

/** The party a figure is credited with by its sentence and the sources in force, UNNAMED, or null. */
function partyOf(
  ctx: AttributionContext,
  f: AttributedFigure,
  i: number,
  inForce: InForce,
  converted: ReadonlySet<AttributedFigure>,
  described: ReadonlySet<AttributedFigure>,
  demanded: ReadonlySet<AttributedFigure>,
  credited: ReadonlyMap<AttributedFigure, Party>,
): Party | typeof UNNAMED | null {
  // 100億ドル（約1兆3900億円）: the conversion is the outlet's, whoever gave the dollars.
  // 市議会（定数40）: the writer's note on who is meant, not what the sentence reports.
  // 約12万人（主催者発表）: the party the bracket after it names, whatever the sentence says.
  // 懲役6年（求刑懲役8年）: the prosecutors' demand, not the court's.
  const resolved =
    i < 0 || converted.has(f) || described.has(f) || demanded.has(f)
      ? null
      : (credited.get(f) ?? resolveFigure(ctx.text, f, i, inForce));
  // 大手電力会社10社は…発表した。このうち東都電力では、…8,930円: the member picked out, not the group.
  const view = inForce.sentences[i]?.view;
  const member =
    resolved && resolved !== UNNAMED && view
      ? memberOfGroup(ctx.tokens, view, resolved, f.start)
      : // …このうち東都電力は…。西都電力は7,120円で: the group's list goes on.
        !resolved && view && !inForce.sentences[i]?.info.cues.length
        ? nextMember(ctx.tokens, inForce.sentences[i - 1]?.view, view, inForce.sentences[i]?.inForce ?? null, f.start)
        : null;
  const party = member ?? resolved;
  // 地上波テレビ3社の出口調査は…と予測していた: 3社 names the party, it is not what the party reported.
  if (!party || party === UNNAMED) return party;
  // 発足から1カ月を迎えた内閣の支持率が、各社の調査で…: the time in office describes the cabinet, the outlet's.
  return inOwnName(f, party) || (view && elapsedBeforeParty(ctx.tokens, view, f, party)) ? null : party;
}

const bare = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/**
 * True when a source's name is the outlet that wrote the article: ＮＨＫ in 「NHKニュース」, 朝日新聞 in
 * 「朝日新聞デジタル」. Both come folded by bare().
 */
function isOutlet(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && (b.startsWith(a) || a.startsWith(b));
}
