import { MUNICIPAL_HEADS } from '../lexicon/deictic-nouns';
import { BUSINESS_LINES } from '../lexicon/kind-nouns';
import { ANONYMOUS_HEADS, OUTSIDE_TITLES, SOURCE_TITLES } from '../lexicon/person-titles';
import { RESEARCH_TEAM_HEADS, UNIVERSITY_END } from '../lexicon/source-nouns';
import { alternation } from '../lexicon/word-table';
import type { Entity } from '../types';
import { BRACKET_NOTE, type Mention } from './anaphor-targets';
import { bodyTypeByWords } from './source-type';

// シニアアナリスト, チーフエコノミスト: a person's trade at the end of their phrase.
const OUTSIDE = new RegExp(`(?:${OUTSIDE_TITLES.join('|')})$`);

// 造船会社, 旅行会社, 家具メーカー: a line of business, which a name after it and の may be described by.
const LINE_TAIL = new RegExp(`(?:${alternation(BUSINESS_LINES)})$`);
// 広報担当, 幹部, 関係者: a role after a line of business (運送会社の広報担当の田中さん), no firm's name.
const ROLE_TAIL = new RegExp(`(?:${alternation([...SOURCE_TITLES, ...ANONYMOUS_HEADS])})$`);

/** The words between a line of business and a person name a firm (南浜ドック), not a role (広報担当). */
function namesFirm(words: string): boolean {
  return words.length >= 2 && !words.includes('の') && !ROLE_TAIL.test(words);
}

// 石川県内, 金沢市内: the area within a municipality, as the tagger may take it whole.
const WITHIN = /内$/;

/**
 * The article's entities that 同氏 / 同社 / 同市 … may point back to: people, organisations typed by
 * their head word (経済産業省 tagged as an organisation is still a ministry: 同社 must not point back to
 * it), and municipalities named as places in any position (金沢市を訪れる…。同市によると → 金沢市, as
 * its government; 金沢市内 → 金沢市).
 */
export function entityMentions(entities: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    const { start, end } = e;
    if (e.type === 'person') out.push({ name: e.text, type: 'person', start, end });
    else if (e.type === 'organization') {
      out.push({ name: e.text, type: bodyTypeByWords(e.text) ?? 'organization', start, end });
    } else if (isMunicipality(e)) out.push({ name: e.text.replace(WITHIN, ''), type: 'government', start, end });
  }
  return out;
}

/** 金沢市, 石川県, 白浜町: a place named with a municipal head that 同 makes an anaphor of (同市, 同県). */
function isMunicipality(e: Entity): boolean {
  const name = e.text.replace(WITHIN, '');
  return e.type === 'place' && name.length >= 2 && MUNICIPAL_HEADS.some((h) => name.endsWith(h));
}

/**
 * A party as filed for 同会 / 同社 to point back to, with the body a person speaks for when the phrase
 * names it before の: 全国消費者団体連絡会（消団連）の佐々木事務局長 files the person and 全国消費者団体連絡会, so
 * a later 同会が実施したアンケート finds the council, not a 委員会 named before it.
 */
export function withAffiliation(m: Mention): Mention[] {
  if (m.type === 'organization') return withHeadOffice(m) ?? withTeamOwner(m);
  if (m.type !== 'person' && m.type !== 'anonymous') return [m];
  const last = m.name.lastIndexOf('の');
  for (let at = last; at > 1; at = m.name.lastIndexOf('の', at - 1)) {
    const body = m.name.slice(0, at).replace(BRACKET_NOTE, '');
    // 北辰工業大の山田一郎教授: a university however short its name, for a later 同大.
    const type = bodyTypeByWords(body) ?? (UNIVERSITY_END.test(body) ? 'organization' : null);
    // みなと証券の北川修アナリスト: an analyst's firm is named in passing; 同社 goes on about the company
    // the story is about (北辰化学は…発表した。…同社は28年度に…を目指す → 北辰化学).
    const aside = commentsFromOutside(m.name);
    // 造船会社の南浜ドックの西村一郎社長: a kind typed before a name it describes (造船会社の南浜ドック) is
    // that body's, so the affiliation is the whole phrase up to the person's の.
    const end = last > at && LINE_TAIL.test(body) && namesFirm(m.name.slice(at + 1, last)) ? last : at;
    if (type)
      return [
        { name: m.name.slice(0, end).replace(BRACKET_NOTE, ''), type, start: m.start, end: m.start + end, aside },
        m,
      ];
  }
  return [m];
}

/** みなと証券の北川修シニアアナリスト: a person whose trade comments on others from outside. */
export function commentsFromOutside(name: string): boolean {
  return OUTSIDE.test(name);
}

// 南郷医科大などのチーム → 南郷医科大: the body a research team is named after, before など / ら and の.
const TEAM_OF = new RegExp(`^(.+?)(?:など|ら)?の(?:${RESEARCH_TEAM_HEADS.join('|')})$`);

/**
 * A research team as filed with the body it is named after (南郷医科大などのチームがまとめた。同大によると
 * → 南郷医科大), so 同大 / 同研究所 find the body though the tagger did not.
 */
function withTeamOwner(m: Mention): Mention[] {
  const named = TEAM_OF.exec(m.name)?.[1];
  // 北辰工業大の山田一郎教授らのグループ: the team of a professor, filed with the professor's university.
  const owner = named?.includes('の') ? named.slice(0, named.indexOf('の')) : named;
  if (!owner || !(UNIVERSITY_END.test(owner) || bodyTypeByWords(owner))) return [m];
  const type = bodyTypeByWords(owner) ?? 'organization';
  return [{ name: owner, type, start: m.start, end: m.start + owner.length }, m];
}

// 湾岸交通（本社・千葉市）の労働組合: a company, by the note of where its head office is.
const HEAD_OFFICE_OF = /^(.+?)[（(]本社[・：:、][^（()）]*[）)]の./;
// 湾岸バスの労働組合 / 北浜運輸の労組: the company whose employees the union organises.
const UNION_OF = /^([^の]{2,})の(?:労働組合|労組)$/;

/**
 * A body named after a company with its head office noted (湾岸交通（本社・千葉市）の労働組合), or its
 * union (湾岸バスの労働組合), filed with that company, so a later 同社 finds it though the tagger did not; null when there is no such note.
 */
function withHeadOffice(m: Mention): Mention[] | null {
  const company = (HEAD_OFFICE_OF.exec(m.name) ?? UNION_OF.exec(m.name))?.[1];
  if (!company) return null;
  return [{ name: company, type: 'organization', start: m.start, end: m.start + company.length }, m];
}

/**
 * The article's places that are no municipality (市立みどりが丘動物公園, 東和中央卸売市場), as bodies a head
 * anaphor alone may point back to (同園, 同市場): a facility speaks as the body that runs it.
 */
export function siteMentions(entities: readonly Entity[]): Mention[] {
  return entities.flatMap((e) =>
    e.type === 'place' && !isMunicipality(e)
      ? [{ name: e.text, type: 'organization' as const, start: e.start, end: e.end }]
      : [],
  );
}
