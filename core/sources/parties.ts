import { ANONYMOUS_HEADS, SOURCE_TITLES } from '../lexicon/person-titles';
import { SUB_UNITS, WHOLE_PHRASE_ANAPHORS } from '../lexicon/source-nouns';
import { DIGIT } from '../text/script';
import type { Figure, Source, SourceType } from '../types';
import type { Mention } from './anaphor-targets';
import { type Antecedents, anaphorOf, bareHead, headOfAnaphor } from './anaphora';
import type { AttributionContext } from './context';
import type { Cue } from './cue';
import type { NamePhrase } from './name-phrase';

const AGE_SUFFIX = new RegExp(`[（(](?:当時)?[${DIGIT}]{1,3}歳?[）)]$`);

/** A resolved source: a name and its type, where it is written, how it is cited. */
export interface Party {
  name: string;
  type: SourceType;
  phrase: NamePhrase;
  cue: string;
  via: string | null;
  /** The author a document speaks as (判決 → 東和地裁, 起訴状 → 検察): the source shown for it. */
  voice?: { name: string; type: SourceType };
}

/**
 * The figures one construction credits, each with the party `read` finds for it (null: not this
 * construction's figure): 約12万人（主催者発表）, 遺族が…約1億円の損害賠償を求めた, 環境省が…の目安とする31.
 */
export function creditEach<F>(figures: readonly F[], read: (f: F) => Party | null): Map<F, Party> {
  const out = new Map<F, Party>();
  for (const f of figures) {
    const party = read(f);
    if (party) out.set(f, party);
  }
  return out;
}

/**
 * A sentence that only says someone spoke — 「山田社長は会見で、次のように述べた。」, 「…について語った。」
 * — with nothing of what they said: its cue of speech (no quoting と, no announcement) closes it.
 */
export function speechLeadIn(cues: readonly Cue[], sentence: string): Cue | null {
  const last = cues[cues.length - 1];
  if (last?.kind !== 'announce' || last.announce || last.plan || !last.speaker) return null;
  return sentence.replace(/[。．]$/, '').endsWith(last.cue) ? last : null;
}

// A page's author field is the page's: long text there is no name (issue 16 caps page strings).
const MAX_AUTHOR = 80;

/** Who speaks where the article names no one: a signed column's author, else the outlet. */
export function ownAuthority(ctx: AttributionContext): Source | null {
  const author = ctx.author?.replace(/\s+/g, ' ').trim();
  if (author && author.length <= MAX_AUTHOR) return { name: author, type: 'person', cue: null };
  return ctx.byline ? { name: ctx.byline, type: 'byline', cue: null } : null;
}

/** A company, a government or an institution: who can plan a budget or forecast its earnings. */
export function isBody(p: Party | null): p is Party {
  return !!p && (p.type === 'organization' || p.type === 'government');
}

export function topicParty(topic: Party | null, cue: string): Party | null {
  return topic ? { ...topic, cue } : null;
}

export function narrowest(cues: Cue[]): Cue | undefined {
  return cues.sort((x, y) => x.contentEnd - x.contentStart - (y.contentEnd - y.contentStart))[0];
}

/** True when the figure starts inside the name: 70代 in 「70代の女性は…と話した」 describes the speaker. */
export function inside(f: Pick<Figure, 'start'>, p: NamePhrase): boolean {
  return f.start >= p.start && f.start < p.end;
}

/** The party of a cue, with 同氏 / 同社 resolved against the parties named before it. */
export function toParty(cue: Cue, mentions: Antecedents): Party | null {
  return speakerParty(cue.speaker as NamePhrase, cue.type ?? 'organization', cue.cue, cue.via?.text ?? null, mentions);
}

/** A party named by `p` (of `type`), with 同氏 / 同社 resolved against the parties named before it. */
export function speakerParty(
  p: NamePhrase,
  named: SourceType,
  cue: string,
  via: string | null,
  mentions: Antecedents,
): Party | null {
  let name = p.text;
  let type = named;
  const ana = anaphorOf(name);
  if (ana) {
    const m = mentions.resolve(ana, p.start);
    // 会社は with no company named before stays the company it says it is.
    if (!m && !WHOLE_PHRASE_ANAPHORS.has(ana)) return null;
    name = m?.name ?? name;
    type = m?.type ?? type;
  } else if (headOfAnaphor(name)) {
    // 同本部 / 同園: a head no table lists points back to the body named before whose name ends in it;
    // 同相 / 同知事: a person's title, to the person named before with it (北川一郎財務相); with none (同時),
    // the phrase stays as written.
    const head = headOfAnaphor(name) as string;
    const m = TITLE_WORDS.has(head) ? mentions.resolveTitled(head, p.start) : mentions.resolveHead(head, p.start);
    name = m?.name ?? name;
    type = m?.type ?? type;
  } else if (bareHead(name) && mentions.resolveHead(name, p.start, true)) {
    // 園は, 本部は: the head alone, where the article has named one body with it (市立ひかり台動物園).
    const m = mentions.resolveHead(name, p.start, true) as Mention;
    name = m.name;
    type = m.type;
  } else {
    // 同社の田村社長 → 北辰テクノロジーの田村社長: an anaphor qualifying the name is resolved in place;
    // so is one a unit of it is named after (同市観光課 → 金沢市観光課).
    const q = /^(同[^の]{1,6})の/.exec(name)?.[1] ?? unitOfAnaphor(name);
    // 同ラボの担当者, 同園の飼育員: a head no table lists, as 同ラボ alone is resolved above.
    const head = q && !anaphorOf(q) ? headOfAnaphor(q) : null;
    const m =
      q && anaphorOf(q)
        ? mentions.resolve(anaphorOf(q) as string, p.start)
        : head && mentions.resolveHead(head, p.start);
    // 同社長 is 同社の社長: the title keeps the head it shares with the anaphor (→ 東和電機社長).
    if (m && q) name = m.name + name.slice(TITLE_WORDS.has(name.slice(1)) ? 1 : q.length);
  }
  // 同大臣 (not 同大's 臣): 同 and a whole title, when nothing else it could mean resolved, is the person
  // named before with that title.
  if (name === p.text && name.startsWith('同') && TITLE_WORDS.has(name.slice(1))) {
    const m = mentions.resolveTitled(name.slice(1), p.start);
    name = m?.name ?? name;
    type = m?.type ?? type;
  }
  // 近くに住む女性（72） → 女性: an age in parentheses is not part of the name.
  const age = AGE_SUFFIX.exec(name)?.[0] ?? '';
  if (age && !ana) {
    name = name.slice(0, -age.length);
    return {
      name,
      type,
      phrase: { ...p, text: name, end: p.end - age.length },
      cue,
      via,
    };
  }
  return { name, type, phrase: p, cue, via };
}

const TITLE_WORDS: ReadonlySet<string> = new Set([...SOURCE_TITLES, ...ANONYMOUS_HEADS]);

/**
 * The anaphor a unit's name opens with (同市観光政策課 → 同市), or a title's or a role's written
 * straight after it (同社幹部, 同省担当者, 同社広報 → 同社) or sharing its head (同社長 → 同社), or null.
 * 同行者 is no title of a bank's.
 */
function unitOfAnaphor(name: string): string | null {
  if (!name.startsWith('同')) return null;
  const unit = SUB_UNITS.some((u) => name.endsWith(u));
  for (let n = Math.min(5, name.length - 1); n >= 2; n--) {
    const q = name.slice(0, n);
    if (anaphorOf(q) !== q) continue;
    if ((unit && name.length > n + 1) || TITLE_WORDS.has(name.slice(n)) || TITLE_WORDS.has(name.slice(1))) return q;
  }
  return null;
}

/** The Source a figure carries, from the party resolved for it. */
export function toSource(p: Party): Source {
  const name = p.voice?.name ?? p.name;
  const s: Source = {
    name,
    type: p.voice?.type ?? p.type,
    cue: p.cue || null,
    start: p.phrase.start,
    end: p.phrase.end,
  };
  // `via` only when someone relayed it: the JSON has no via key otherwise.
  return p.via ? { ...s, via: p.via } : s;
}
