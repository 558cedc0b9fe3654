import { ANAPHOR_HEADS } from '../lexicon/deictic-nouns';
import { DIVISION_HEADS } from '../lexicon/division-heads';
import { ORGANIZATION_HEADS } from '../lexicon/organization-heads';
import {
  ANAPHORA,
  BROADCASTER,
  NON_COMPANY_HEADS,
  SIDE_STEMS,
  UNIVERSITY_END,
  WHOLE_PHRASE_ANAPHORS,
} from '../lexicon/source-nouns';
import type { SourceType } from '../types';

// Any name at all: for an anaphor that says only that its party is a body.
const ANY_NAME = /./;

/**
 * 同機関: an anaphor of any body, which (as 同社 does) means one the text has put forward, not one named
 * in passing (北山大学の田中教授は…と話す。同機関によれば… does not point at 北山大学).
 */
export const ANY_BODY_ANAPHORS: ReadonlySet<string> = new Set(['同機関']);

// Which anaphors may point back to a named party (財務省 ← 同省, a company ← 同社, …協会 ← 同協会, a
// paper ← 同紙): the matching of anaphor and antecedent; anaphora.ts ranks the candidates it files.

/** A named party seen so far in the article, as a candidate antecedent for 同氏 / 同社 / 同省. */
export interface Mention {
  name: string;
  type: SourceType;
  start: number;
  end: number;
  /** Named in passing, as a commentator's firm (みなと証券の北川アナリスト): 同社 looks past it. */
  aside?: boolean;
  /** Says only which companies are counted (導入企業, 上位3社): 同社 looks past it. */
  kind?: boolean;
}

// 同協会 / 同病院 / 同市: 同 + an organisation or government head refers back by that head.
export const GENERIC = new Set(ANAPHOR_HEADS.map((h) => `同${h}`));
// Each anaphor keeps its own list of what it may point back to; the order they are filed in is free.
const EVERY_ANAPHOR = [...new Set([...ANAPHORA.keys(), ...GENERIC])];
// 同省 → a name ending in 省; 同当局 → one containing 当局 (欧米の情報当局者); 同社 → any company.
const SUFFIX_MATCH: Readonly<Record<string, RegExp>> = {
  同省: /省$/,
  同庁: /庁$/,
  同局: /局$/,
  // 同府 → 内閣府, 大阪府 — not the government (政府 is 同政府's).
  同府: /[^政]府$/,
  同当局: /当局/,
  同研究所: /研究所/,
  同機構: /機構/,
  // 同機関 → any body named before (a person is none): 機関 is what the writer calls a UN agency, an
  // institute or a bank, not a word of its name (国連世界食糧計画（WFP）は…警告。同機関によれば…).
  同機関: ANY_NAME,
  同党: /党$/,
  同大: UNIVERSITY_END,
  同委員会: /委員会|委$/,
  // 同会 → a body whose name ends in 会 (日本園芸会, 中央審議会), not an event (大会, 説明会, 会見).
  同会: /[^大明表談見]会$/,
  同行: /銀行$/,
  同中銀: /中央銀行$|中銀$/,
  同紙: /新聞|紙$|タイムズ|ポスト|ジャーナル/,
  同通信: /通信/,
  同通信社: /通信/,
  // 同課 → a section (県警交通企画課), not a person titled after one (田中課長).
  同課: /課$/,
  // 同法人 → a body named by its legal form (…独立行政法人（GPIF）, 公益財団法人…協会).
  同法人: /法人/,
  // 市 → 北川市, 県 → 北川県, 町 → 西川町, 署 → 東和署: the body named before with that head (not 都市, 県警).
  市: /市$/,
  県: /県$/,
  町: /町$/,
  村: /村$/,
  署: /署$/,
};

// 同紙 / 同誌 / 同通信: anaphors of the press, which also point back to any party typed as media
// (東洋通信は…と報じた。同通信によると → 東洋通信); 同局 only to a broadcaster (米CBSテレビは…。同局によると).
const PRESS_ANAPHORS: ReadonlyMap<string, RegExp> = new Map([
  ['同紙', /./],
  ['同誌', /./],
  ['同通信', /./],
  ['同通信社', /./],
  ['同局', BROADCASTER],
]);

// 同社 / 同グループ: anaphors of a company, read against the companies the text put forward first.
export const COMPANY_ANAPHORS: ReadonlySet<string> = new Set(
  [...ANAPHORA].filter(([a, type]) => type === 'organization' && !SUFFIX_MATCH[a]).map(([a]) => a),
);

/**
 * 地元テレビ局「カナル・ドス」 → 地元テレビ局: the kind right before a name in brackets (北山県の「…」 is a
 * thing of the prefecture, not the prefecture).
 */
export const BRACKETED_AFTER_KIND = /^(.+?)「[^「」]+」$/;
// データセンター（DC）, 全国消費者団体連絡会（消団連）: a short form in brackets after a name.
export const BRACKET_NOTE = /[（(][^（()）]*[）)]$/;

// The anaphors by how they match a mention: by a pattern of its name (同省), by its type (同社, 同氏),
// by the head they repeat (同協会).
const BY_PATTERN = EVERY_ANAPHOR.flatMap((a) => {
  const pattern = SUFFIX_MATCH[a];
  return pattern ? [{ anaphor: a, pattern }] : [];
});
const BY_TYPE = new Map<SourceType, string[]>();
const BY_HEAD: { anaphor: string; head: string }[] = [];
for (const a of EVERY_ANAPHOR) {
  if (SUFFIX_MATCH[a]) continue;
  const type = ANAPHORA.get(a);
  if (type) BY_TYPE.set(type, [...(BY_TYPE.get(type) ?? []), a]);
  else BY_HEAD.push({ anaphor: a, head: a.slice(1) });
}

/** The anaphors that can point back to `m`: 財務省 ← 同省, a company ← 同社, …協会 ← 同協会. */
function anaphorsOf(m: Mention): readonly string[] {
  const out: string[] = [];
  // 地元テレビ局「カナル・ドス」, 市立動物園「みどりの森」: the kind written before a bracketed name says
  // what the body is, as a head would (同局, 同園).
  const kind = BRACKETED_AFTER_KIND.exec(m.name)?.[1] ?? '';
  for (const { anaphor, pattern } of BY_PATTERN) {
    // Every pattern names a body: a person (田中課長, NPO法人代表の山田さん) is none of them.
    if (m.type === 'person') continue;
    // 同紙 → a paper by its name (新聞, 紙), or any outlet the article has seen report (…は…と報じている).
    const named = pattern.test(m.name) || (kind !== '' && pattern.test(kind));
    if (named || (m.type === 'media' && PRESS_ANAPHORS.get(anaphor)?.test(m.name))) out.push(anaphor);
  }
  // 同社 after 「中国大陸事業は…」: the company that owns the business, not the business; nor a centre
  // or an association, which have anaphors of their own (同センター, 同協会).
  const bare = m.name.replace(BRACKET_NOTE, '');
  const division = m.type === 'organization' && DIVISION_HEADS.some((h) => m.name.endsWith(h));
  const other = m.type === 'organization' && NON_COMPANY_HEADS.some((h) => bare.endsWith(h));
  // 会社側の坂井常務は…。同社によると: a side named by a common word (会社側, 経営側) is itself the company
  // written again, not a name 同社 can point back to; the company named before is.
  const side = genericSide(m.name);
  if (!division) {
    for (const a of BY_TYPE.get(m.type) ?? []) if (!((other || side) && COMPANY_ANAPHORS.has(a))) out.push(a);
  }
  // 同村 → 北峰村, 同協会 → 日本北浜協会東京支部; a head opening the name is a word's first letter (村内の
  // リンゴ農家, 市内の企業, 県立高校), no body named by it.
  for (const { anaphor, head } of BY_HEAD) if (m.name.lastIndexOf(head) > 0 || m.name === head) out.push(anaphor);
  return out;
}

/** 会社側 / 経営側 / 組合側 / 労使の使用者側: a party named by its side and a common word, no name of its own. */
function genericSide(name: string): boolean {
  if (!name.endsWith('側')) return false;
  const stem = name.slice(0, -1).replace(/^.*の/, '');
  return SIDE_STEMS.has(stem) || WHOLE_PHRASE_ANAPHORS.has(stem) || ORGANIZATION_HEADS.has(stem);
}

// The same names recur through an article (and its entities are filed as well as its cues' phrases):
// match each name and type once.
const matched = new Map<SourceType, Map<string, readonly string[]>>();

export function cachedAnaphorsOf(m: Mention): readonly string[] {
  let byName = matched.get(m.type);
  if (!byName) {
    byName = new Map();
    matched.set(m.type, byName);
  }
  let out = byName.get(m.name);
  if (!out) {
    if (byName.size > 5000) byName.clear();
    out = anaphorsOf(m);
    byName.set(m.name, out);
  }
  return out;
}
