import { COUNTRY_LETTERS } from '../lexicon/country-letters';
import { ANAPHOR_HEADS } from '../lexicon/deictic-nouns';
import { MUNICIPAL_ORGAN_HEADS } from '../lexicon/municipal-organs';
import { ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import {
  ANAPHORA,
  BARE_HEADS_WITH_OWN_MEANING,
  GOVERNMENT_HEADS,
  HEAD_FIRST_ANAPHORS,
  LOCAL_BODY_ANAPHORS,
  WHOLE_PHRASE_ANAPHORS,
} from '../lexicon/source-nouns';
import { WordIndex } from '../lexicon/word-table';
import {
  ANY_BODY_ANAPHORS,
  BRACKET_NOTE,
  BRACKETED_AFTER_KIND,
  COMPANY_ANAPHORS,
  cachedAnaphorsOf,
  GENERIC,
  type Mention,
} from './anaphor-targets';
import { isKindOfBody } from './kind-of-body';
import { shortens } from './name-variants';

const ANAPHORS = new WordIndex(ANAPHORA);
// ブラジル中銀 → 中銀: a country before a body's short name, which the short name drops.
const FOREIGN_SHORT = /^[\u30A0-\u30FF]{2,}$/;

// 朝霧市 in 長野県朝霧市教育委員会 (not 都市 in 県都市計画課, nor 北山市場): a local body's name inside a
// body's, opening it or after the prefecture, for a bare 市 / 県 / 町 / 村 to mean.
const LETTERS = [...MUNICIPAL_ORGAN_HEADS].join('');
const LOCAL_BODY_IN_NAME: ReadonlyMap<string, RegExp> = new Map(
  [...LOCAL_BODY_ANAPHORS]
    .filter((h) => MUNICIPAL_ORGAN_HEADS.has(h))
    .map((h) => [h, new RegExp(`(?:^|[都道府県])([^${LETTERS}の・「」『』（）()\\s]{1,5}${h})(?!場)`)]),
);

// How many mentions back 同社 looks for a company put forward, past one named in passing.
const FOCUS_REACH = 40;

/** The anaphor a name phrase is (同氏, 同社, 同協会, 韓国の同氏 → 同氏), if any. */
export function anaphorOf(name: string): string | null {
  // 同社の田村社長 is a person qualified by 同社, not 同社 itself: only a phrase that is the anaphor counts.
  const bare = name.replace(/(?:など|ら|側)$/, '');
  // 会社側 is the company's side as written: only the bare 会社 points back.
  if (WHOLE_PHRASE_ANAPHORS.has(name)) return name;
  // The longest anaphor the phrase ends with, with at most three characters before it (韓国の同氏).
  // 共同通信, 合同会社: 同 inside a word is no anaphor — before it only a qualifier ending in の, or a
  // country's one-character short form (米同紙).
  const a = ANAPHORS.longestEndingAt(bare, bare.length, (w) => bare.length <= w.length + 3 && qualifies(bare, w));
  if (a && !WHOLE_PHRASE_ANAPHORS.has(a[0])) return a[0];
  return GENERIC.has(bare) ? bare : null;
}

// 同本部, 同園, 同保育所, 同センター: 同 and a head of kanji or katakana, which no table has to list; 同JA,
// 同NPO: 同 and a body's initials.
const HEAD_ANAPHOR = /^同([\u4E00-\u9FFF]{1,4}|[\u30A0-\u30FF]{2,8}|[A-ZＡ-Ｚ]{2,5})$/;
// JA, ＮＰＯ: initials open a body's name (JA北嶺やまなみ, NPO法人…) rather than end it.
const INITIALS = /^[A-ZＡ-Ｚ]+$/;

/**
 * The head a 同X phrase repeats when no table knows the anaphor (同本部 → 本部, 同園 → 園), or null.
 * It points back only to a body whose name ends in that head (Antecedents.resolveHead): 同時, 同日 or
 * 同容疑者 end no body's name, so they stay what they were.
 */
export function headOfAnaphor(name: string): string | null {
  const head = HEAD_ANAPHOR.exec(name)?.[1];
  if (!head || anaphorOf(name)) return null;
  // 同社幹部, 同社長, 同市観光課: a known anaphor and what follows it (parties.ts resolves those in place).
  for (let n = 2; n < name.length; n++) if (anaphorOf(name.slice(0, n))) return null;
  return head;
}

// 園は, 本部は: a body's head alone as the whole phrase, once the article has named one such body —
// one kanji (園, 校, 館) or a head word the lexicons know (本部, 機構, 組合), never a name (財務省は).
const BARE_HEAD = /^[\u4E00-\u9FFF]$/;
const HEAD_WORDS: ReadonlySet<string> = new Set([...ORGANIZATION_HEADS.keys(), ...GOVERNMENT_HEADS, ...ANAPHOR_HEADS]);
// 国は, 政府は: heads alone that mean more than the one body named before with that head (韓国, 北山政府).
const BARE_OWN_MEANING: ReadonlySet<string> = new Set(BARE_HEADS_WITH_OWN_MEANING);

/** The head a bare phrase is, to point back to the one body named with it (園 → 園), or null. */
export function bareHead(name: string): string | null {
  return (BARE_HEAD.test(name) || HEAD_WORDS.has(name)) && !name.startsWith('同') && !BARE_OWN_MEANING.has(name)
    ? name
    : null;
}

/** What stands before anaphor `w` at the end of `name` may qualify it: nothing, 韓国の, 米. */
function qualifies(name: string, w: string): boolean {
  const before = name.slice(0, -w.length);
  return before === '' || before.endsWith('の') || COUNTRY_SHORT.has(before);
}

// 米, 英, 中, 韓: a country's one-character short form before a name (米同紙 is rare, but written).
const COUNTRY_SHORT: ReadonlySet<string> = new Set(COUNTRY_LETTERS);

/**
 * A candidate in one anaphor's list; `tier` 1 (a phrase the cues found) wins a tie with 0 (an entity).
 * `kind`: the name only says what kind of body it is (民間企業, 大手銀行).
 */
interface Ranked {
  m: Mention;
  tier: number;
  kind: boolean;
}

/**
 * The named parties seen so far, filed under every anaphor that can point back to each, so that
 * resolving 同省 looks at the end of one list instead of scanning every earlier mention (which made
 * long articles quadratic). Mentions arrive in text order, sentence by sentence: the entities of the
 * article are admitted up to the sentence being read, the phrases its cues name as they are found.
 */
export class Antecedents {
  /** Work done (mentions filed, compared or moved): tests check it grows linearly with the text. */
  steps = 0;
  private readonly lists = new Map<string, Ranked[]>();
  private readonly bodies: Mention[] = [];
  // The people named so far (北川一郎財務相), for 同相 / 同知事 to find the one with that title.
  private readonly people: Mention[] = [];
  private readonly queued: readonly Mention[];
  private next = 0;
  // Facilities the tagger filed as places (みどりが丘動物公園): only 同園 / 園 find them (resolveHead).
  private readonly sites: readonly Mention[];
  private nextSite = 0;
  private readonly sitesSeen: Mention[] = [];

  /**
   * `entities`: the article's person and organisation mentions, admitted as reading reaches them;
   * `sites`: its places that are no municipality, for a head anaphor alone to point back to.
   */
  constructor(entities: readonly Mention[], sites: readonly Mention[] = []) {
    this.queued = [...entities].sort((a, b) => a.start - b.start);
    this.sites = [...sites].sort((a, b) => a.start - b.start);
  }

  /** Admits the queued entity mentions that start before `pos` (the end of the sentence being read). */
  admitBefore(pos: number): void {
    while (this.next < this.queued.length && (this.queued[this.next] as Mention).start < pos) {
      this.file(this.queued[this.next++] as Mention, 0);
    }
    while (this.nextSite < this.sites.length && (this.sites[this.nextSite] as Mention).start < pos) {
      this.sitesSeen.push(this.sites[this.nextSite++] as Mention);
    }
  }

  /**
   * The nearest body before `at` whose name ends in `head`, for an anaphor no table lists:
   * 日田市消防本部は…まとめた。同本部によると → 日田市消防本部; 市立みどりが丘動物公園は…。同園によると →
   * みどりが丘動物公園 (公園 ends in 園). A body the article names wins over a place the tagger found.
   */
  resolveHead(head: string, at: number, unique = false): Mention | null {
    const initials = INITIALS.test(head);
    // 旅館「松風荘」: the kind before a bracketed name says what the body is, as its head would.
    const ends = (m: Mention) => {
      const name = m.name.replace(BRACKET_NOTE, '');
      const kind = BRACKETED_AFTER_KIND.exec(name)?.[1] ?? '';
      const opens = initials && (name.startsWith(head) || name.includes(`の${head}`));
      return m.end <= at && name.length > head.length && (name.endsWith(head) || kind.endsWith(head) || opens);
    };
    let found: Mention | null = null;
    // JA北嶺やまなみ: a name the tagger read as a person's (やまなみ) is still the body its initials say.
    for (const list of initials ? [this.bodies, this.people] : [this.bodies, this.sitesSeen]) {
      for (let k = list.length - 1; k >= 0 && list.length - k <= FOCUS_REACH; k--) {
        this.steps++;
        const m = list[k] as Mention;
        if (!ends(m)) continue;
        const named =
          list === this.sitesSeen
            ? { ...m, name: m.name.replace(BRACKET_NOTE, '') }
            : list === this.people
              ? { ...m, type: 'organization' as const }
              : m;
        // 園は alone: only when every body before with that head is the same one (one zoo, one 本部).
        if (!unique) return named;
        if (found && !sameBody(found.name, named.name)) return null;
        found ??= named;
      }
    }
    return found;
  }

  /**
   * The nearest person before `at` named with title `title`, for 同 and a title: 北川一郎財務相は…。同相に
   * よると → 北川一郎財務相 (財務相 ends in 相); past a person titled otherwise (東洋商事の山口社長). Null when
   * none was named with it.
   */
  resolveTitled(title: string, at: number): Mention | null {
    for (let k = this.people.length - 1; k >= 0 && this.people.length - k <= FOCUS_REACH; k--) {
      this.steps++;
      const m = this.people[k] as Mention;
      const name = m.name.replace(/[（(][^（()）]*[）)]$|(?:ら|など)$/, '');
      if (m.end <= at && name.length > title.length && name.endsWith(title)) return m;
    }
    return null;
  }

  /** Adds a party a cue named: 半導体大手の北辰テクノロジーは… */
  add(m: Mention): void {
    this.file(m, m.aside ? 0 : 1);
  }

  /**
   * The nearest party before `at` that `anaphor` can refer to: 「リー氏は…。同氏は…と述べた」 → リー氏;
   * when an entity and a cue's phrase end together (北辰テクノロジー, 半導体大手の北辰テクノロジー), the phrase.
   */
  resolve(anaphor: string, at: number): Mention | null {
    const byHead = HEAD_FIRST_ANAPHORS.has(anaphor) ? this.resolveHead(anaphor.slice(1), at) : null;
    if (byHead) return byHead;
    const list = this.lists.get(anaphor);
    if (!list?.length) return this.localBodyWithin(anaphor, at);
    // 同社 means a company the text has put forward (as a topic, a subject, a source), not one named in
    // passing: 「北町電機は…発表した。…USB端子を2基備える。同社によると…」 → 北町電機. Only when none was
    // put forward does a company the tagger found elsewhere count.
    const anyBody = ANY_BODY_ANAPHORS.has(anaphor);
    const focused = COMPANY_ANAPHORS.has(anaphor) || anyBody;
    let passing: Mention | null = null;
    // 民間企業の平均支給額が…。同社によると: a kind of body is what 同社 means only when no body the
    // article names comes before it (大手メーカーの担当者は…。同社は…).
    let kind: Mention | null = null;
    // 北山市は…発表した。…南川市など3市を除く…。市の集計では: a bare 市 or 同市 means a city the
    // text has put forward (a cue's party), past one named in passing since; the nearest when none was.
    const spoke = LOCAL_BODY_ANAPHORS.has(anaphor.replace(/^同/, '')) ? this.putForward(list, at) : null;
    let aside: Mention | null = null;
    // Only mentions later in the same sentence can end after the anaphor: a few steps back at most;
    // past a company named in passing or a kind of body, a bounded look further back keeps resolving linear.
    for (let k = list.length - 1; k >= 0 && (!(passing || kind || aside) || list.length - k <= FOCUS_REACH); k--) {
      this.steps++;
      const r = list[k] as Ranked;
      if (r.m.end > at) continue;
      // 会社 points back to a company the tagger found by its name (西町鉄道, ＪＴＢ), not to a phrase a
      // cue found (会員向けのウェブサイトが) nor a kind of body (旅行大手).
      if (WHOLE_PHRASE_ANAPHORS.has(anaphor) && (r.tier > 0 || r.kind)) continue;
      if (spoke?.size && !spoke.has(r.m.name)) {
        aside ??= r.m;
        continue;
      }
      if (r.kind) kind ??= r.m;
      // 北山大学の田中教授は…と話す。同機関によれば: the professor's university is no body put forward
      // (a writer calls it 同大).
      else if (anyBody && this.affiliationOf(r.m)) continue;
      else if (!focused || r.tier > 0) return r.m;
      else passing ??= r.m;
    }
    return passing ?? kind ?? aside ?? this.localBodyWithin(anaphor, at);
  }

  /** `m` opens a person's name as their body (北山大学 of 北山大学の田中教授), a looking back bounded. */
  private affiliationOf(m: Mention): boolean {
    for (let k = this.people.length - 1; k >= 0 && this.people.length - k <= FOCUS_REACH; k--) {
      this.steps++;
      const p = this.people[k] as Mention;
      if (p.start === m.start && p.name.startsWith(`${m.name}の`)) return true;
    }
    return false;
  }

  /** The names in `list` a cue put forward before `at` (北山市は…と発表した), looking a bounded way back. */
  private putForward(list: readonly Ranked[], at: number): Set<string> {
    const out = new Set<string>();
    for (let k = list.length - 1; k >= 0 && list.length - k <= FOCUS_REACH; k--) {
      this.steps++;
      const r = list[k] as Ranked;
      if (r.tier > 0 && !r.kind && r.m.end <= at) out.add(r.m.name);
    }
    return out;
  }

  /**
   * 長野県朝霧市教育委員会は…。市は…: with no city named on its own, a bare 市 (県, 町, 村, or 同市) is the
   * city a body named before belongs to, as its name spells it (朝霧市). Null when no body's name holds one.
   */
  private localBodyWithin(anaphor: string, at: number): Mention | null {
    const re = LOCAL_BODY_IN_NAME.get(anaphor.replace(/^同/, ''));
    if (!re) return null;
    for (let k = this.bodies.length - 1; k >= 0 && this.bodies.length - k <= FOCUS_REACH; k--) {
      this.steps++;
      const m = this.bodies[k] as Mention;
      const hit = m.end <= at ? re.exec(m.name) : null;
      const name = hit?.[1];
      if (!hit || !name) continue;
      const start = m.start + hit.index + hit[0].length - name.length;
      return { name, type: 'government', start, end: start + name.length };
    }
    return null;
  }

  /**
   * The nearest body before `at` that `short` is a short form of: 中銀 after ブラジル中央銀行 or
   * ブラジル中銀, 市教委 after 北山市教育委員会. Looks a bounded way back.
   */
  expand(short: string, at: number): Mention | null {
    for (let k = this.bodies.length - 1; k >= 0 && this.bodies.length - k <= FOCUS_REACH; k--) {
      this.steps++;
      const m = this.bodies[k] as Mention;
      if (m.end > at || m.name === short) continue;
      if (shortens(short, m.name) || (m.name.endsWith(short) && FOREIGN_SHORT.test(m.name.slice(0, -short.length)))) {
        return m;
      }
    }
    return null;
  }

  private file(m: Mention, tier: number): void {
    this.steps++;
    if (anaphorOf(m.name)) return;
    // 同社測定のベンチマークスコア, 同社の新工場: a thing of the body an anaphor points back to is never
    // what a later 同社 means (同社は…目標を掲げる → the company, not its score).
    if (m.type !== 'person' && opensWithAnaphor(m.name)) return;
    const kind = m.kind === true || isKindOfBody(m.name);
    if (!kind && (m.type === 'organization' || m.type === 'government')) this.bodies.push(m);
    if (m.type === 'person') this.people.push(m);
    for (const a of cachedAnaphorsOf(m)) {
      let list = this.lists.get(a);
      if (!list) {
        list = [];
        this.lists.set(a, list);
      }
      // Keep the list ordered by end (ties: entities before phrases); new mentions are near the end.
      const r = { m, tier, kind };
      let k = list.length;
      while (k > 0 && later(list[k - 1] as Ranked, r)) {
        this.steps++;
        k--;
      }
      list.splice(k, 0, r);
    }
  }
}

/** True when `name` opens with an anaphor qualifying what follows it: 同社測定のスコア, 同社の新工場. */
function opensWithAnaphor(name: string): boolean {
  if (!name.startsWith('同') || !name.includes('の')) return false;
  for (let n = 2; n <= 5 && n < name.length; n++) if (anaphorOf(name.slice(0, n)) === name.slice(0, n)) return true;
  return false;
}

/** 市立ひかり台動物園 and ひかり台動物園: one body, written with and without what it is. */
function sameBody(a: string, b: string): boolean {
  return a.endsWith(b) || b.endsWith(a);
}

function later(a: Ranked, b: Ranked): boolean {
  return a.m.end > b.m.end || (a.m.end === b.m.end && a.tier > b.tier);
}
