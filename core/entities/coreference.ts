import { CORPORATE_FORMS } from '../lexicon/corporate-forms';
import { PROVINCE_SUFFIXES } from '../lexicon/organization-suffixes';
import { PLACE_SUFFIXES, PREFECTURE_SUFFIXES } from '../lexicon/place-suffixes';
import { ENTITY_SURNAME_READINGS } from '../lexicon/surname-readings';
import { abbreviates } from '../text/abbreviation';
import { isKanjiWord } from '../text/script';
import type { Entity } from '../types';

/** Last characters of an administrative place name: 省, 州, 県, 市, 区… */
const SUB_PLACE_ENDS: ReadonlySet<string> = new Set([...PLACE_SUFFIXES, ...PROVINCE_SUFFIXES, ...PREFECTURE_SUFFIXES]);

function find(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r] as number;
  parent[i] = r;
  return r;
}

/** Whether `short` is a short form of person name `long`: プーチン ↔ ウラジーミル・プーチン, 山本 ↔ 山本一太, リー ↔ 李成権. */
function samePerson(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  if (long.endsWith(`・${short}`) || long.startsWith(`${short}・`)) return true;
  if (isKanjiWord(long) && long.startsWith(short) && short.length >= 1) return true;
  const spellings = ENTITY_SURNAME_READINGS.get(long.slice(0, 1));
  return spellings?.includes(short) ?? false;
}

/**
 * Whether `short` is a short form of organisation or place `long`: ドコモ ↔ NTTドコモ; for an
 * organisation also the kanji abbreviation 日銀 ↔ 日本銀行, 厚労省 ↔ 厚生労働省.
 */
function sameOther(short: string, long: string, type: Entity['type']): boolean {
  if (short.length < 2 || short.length >= long.length) return type === 'organization' && abbreviates(short, long);
  if (long.endsWith(short)) return true;
  // A place that starts a longer one ending in a place word is the country or city it lies in:
  // 「中国」 and 「中国広東省」 are two places; 「サウジ」 ↔ 「サウジアラビア」, 「東京」 ↔ 「東京都」 are one.
  if (long.startsWith(short)) {
    const rest = long.slice(short.length);
    return type !== 'place' || rest.length === 1 || !SUB_PLACE_ENDS.has(rest.at(-1) as string);
  }
  return type === 'organization' && abbreviates(short, long);
}

const FORMS: ReadonlySet<string> = new Set(CORPORATE_FORMS);
const FORM_LENGTHS: ReadonlySet<number> = new Set(CORPORATE_FORMS.map((f) => f.length));

/** Whether `long` is `short` with a company's legal form before or after it: 沖縄クロス・ヘッド株式会社. */
function sameCompany(short: string, long: string): boolean {
  const rest = long.length - short.length;
  if (!FORM_LENGTHS.has(rest)) return false;
  if (long.startsWith(short)) return FORMS.has(long.slice(short.length));
  return long.endsWith(short) && FORMS.has(long.slice(0, rest));
}

/**
 * Whether `short` is the municipality `long` names after its prefecture or province: 「東和県北野市」, then
 * 「北野市の発表では」 alone, is one city, however the tagger typed the second mention (北野 and 野市 are
 * surnames to IPADIC, so it read a person). Both end in a place word; what comes before is one too.
 */
function sameMunicipality(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || !long.endsWith(short)) return false;
  const before = long.slice(0, long.length - short.length);
  return SUB_PLACE_ENDS.has(short.at(-1) as string) && SUB_PLACE_ENDS.has(before.at(-1) as string);
}

/**
 * Whether two mentions typed apart are one entity all the same, of the longer one's kind: a surname
 * alone is the person named in full (「宮崎は…」 after 「宮崎駿監督」, 「クック氏」 after
 * 「ティム・クック」), a city alone is the city named after its prefecture, and a company is the same
 * without its legal form or the part after its ・.
 */
function sameAcrossKinds(short: Entity, long: Entity): boolean {
  if (long.type === 'person') return samePerson(short.text, long.text);
  if (long.type === 'place') return sameMunicipality(short.text, long.text);
  // 「ノースゲート」 after 「ノースゲート・キャピタル」: a firm by the first part of its ・-joined name (the tagger
  // reads the part alone as a person's).
  const firstPart = long.text.startsWith(`${short.text}・`);
  return long.type === 'organization' && (firstPart || sameCompany(short.text, long.text));
}

type Union = (a: number, b: number) => void;

/** Joins mentions by name: identical names, and short forms of a fuller name of the same kind. */
function unionNames(entities: readonly Entity[], union: Union): void {
  const firstByText = new Map<string, number>();
  entities.forEach((e, i) => {
    // One name in one article is one entity, even where the sources typed its mentions apart.
    const seen = firstByText.get(e.text);
    if (seen === undefined) firstByText.set(e.text, i);
    else union(i, seen);
  });
  // Distinct names only (a few dozen per article), so the pairwise check stays small.
  const distinct = [...firstByText.values()];
  for (const ia of distinct) {
    for (const ib of distinct) {
      if (ia === ib) continue;
      const a = entities[ia] as Entity;
      const b = entities[ib] as Entity;
      // Only a shorter name can be a short form of a longer one (each pair is seen both ways).
      if (a.text.length >= b.text.length) continue;
      if (a.type !== b.type) {
        if (sameAcrossKinds(a, b)) union(ia, ib);
      } else if (a.type === 'person' ? samePerson(a.text, b.text) : sameOther(a.text, b.text, a.type)) union(ia, ib);
    }
  }
}

/** Numbers the groups 1, 2, … in order of first mention and gives every mention its group's fullest name's kind. */
function numberGroups(entities: Entity[], parent: number[]): void {
  const ids = new Map<number, number>();
  const longest = new Map<number, Entity>();
  entities.forEach((e, i) => {
    const root = find(parent, i);
    if (!ids.has(root)) ids.set(root, ids.size + 1);
    e.id = ids.get(root);
    const l = longest.get(root);
    if (!l || e.text.length > l.text.length) longest.set(root, e);
  });
  // Mentions of one entity share its kind, that of its fullest name: 「アジア・チャンピオンズリーグ（ＡＣＬ）」
  // is an event, so ＡＣＬ is one too; 「アラブ首長国連邦（ＵＡＥ）」 makes ＵＡＥ a place.
  entities.forEach((e, i) => {
    e.type = (longest.get(find(parent, i)) as Entity).type;
  });
}

function unionFind(n: number): { parent: number[]; union: Union } {
  const parent = Array.from({ length: n }, (_, i) => i);
  return {
    parent,
    union: (a, b) => {
      parent[find(parent, a)] = find(parent, b);
    },
  };
}

/**
 * Gives mentions of one entity a shared `id` (1, 2, … in order of first mention): identical names,
 * short forms of a full name, a katakana surname for a kanji one (リー氏 ↔ 李成権 via the surname table),
 * a surname alone for the person whatever it was typed (宮崎 ↔ 宮崎駿), a company with and without its
 * legal form, and a bracketed spelling or abbreviation right after a name (宇宙航空研究開発機構（JAXA）),
 * not a place in brackets (「ＶＬＰジャパン（東京）」: where the company is).
 */
export function assignIds(text: string, entities: Entity[]): void {
  const { parent, union } = unionFind(entities.length);
  entities.forEach((e, i) => {
    const prev = entities[i - 1];
    // 「ＶＬＰジャパン（東京）」: a place in brackets after a company or a person says where it is.
    if (e.type === 'place' && prev?.type !== 'place') return;
    // 「三笘薫（ブライトン）」: an organisation in brackets after a person is whom they belong to.
    if (prev?.type === 'person' && e.type !== 'person') return;
    // 「東和地裁（山川一郎裁判長）」: a person in brackets after a body is one of its people, and a name
    // the bracket goes on after (裁判長) is no other spelling of what stands before it.
    if (e.type === 'person' && prev?.type !== 'person') return;
    if (!/^[）)、，,]/.test(text.slice(e.end, e.end + 1))) return;
    if (prev && e.start === prev.end + 1 && /[（(]/.test(text[prev.end] ?? '')) union(i, i - 1);
  });
  unionNames(entities, union);
  numberGroups(entities, parent);
}

/**
 * Renumbers the mentions of a text analysed in pieces (a long page's slices, text added at its end):
 * mentions that shared an id stay together, and groups of different pieces join by the same name
 * rules as within one piece, so 李成権 in the first slice and リー氏 in the fifth are one entity.
 * Ids must be distinct between pieces on the way in; they come out 1, 2, … in order of first mention.
 */
export function relinkEntities(entities: Entity[]): void {
  const { parent, union } = unionFind(entities.length);
  const firstById = new Map<number, number>();
  entities.forEach((e, i) => {
    if (e.id === undefined) return;
    const seen = firstById.get(e.id);
    if (seen === undefined) firstById.set(e.id, i);
    else union(i, seen);
  });
  unionNames(entities, union);
  numberGroups(entities, parent);
}
