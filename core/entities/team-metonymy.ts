import { PLACE_SUFFIXES, PREFECTURE_SUFFIXES } from '../lexicon/place-suffixes';
import { SPORTS_CUES, TEAM_PLACES, TEAM_WORDS } from '../lexicon/team-places';
import { DIGIT, isKanji, KANJI, KATAKANA } from '../text/script';
import type { Token } from '../types';
import type { Candidate } from './candidate';
import { gazetteerLabel, gazetteerType } from './gazetteer';
import { isPlainWordWhole } from './names-nothing';

const SENTENCE_END = /[。！？\n]/;

/** The sentence around [start, end): from after the previous 。 to the next one. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !SENTENCE_END.test(text[a - 1] as string)) a--;
  let b = end;
  while (b < text.length && !SENTENCE_END.test(text[b] as string)) b++;
  return text.slice(a, b);
}

/** A score: 「5―1」, 「3-2」, 「2対1」. */
const SCORE = new RegExp(String.raw`[${DIGIT}]+[―－ー\-–対][${DIGIT}]+`);
/** What follows a national team in a game: 「日本は」, 「日本が」, 「中国戦」. */
const TEAM_ROLE = /^[はが戦]/;

const isGame = (sentence: string): boolean => SCORE.test(sentence) || SPORTS_CUES.some((w) => sentence.includes(w));

/** A home place's name, then a katakana nickname: 「仙台ファルコンズ」 = 仙台 + ファルコンズ. */
const CLUB = new RegExp(`^([${KANJI}]{1,4})([${KATAKANA}ー・]{3,})$`, 'u');

/**
 * Whether a name is a club's: a place the lists hold and a nickname, one no dictionary files as a
 * plain word or one in the plural (「大阪ブレイブス」, 「神戸グリフォンズ」). 「仙台ドーム」 and
 * 「横浜アリーナ」 end in plain words: they are where the game is played.
 */
function isClubName(name: string): boolean {
  const m = CLUB.exec(name);
  if (!m) return false;
  const [, home, nickname] = m as unknown as [string, string, string];
  // A club is named by its city bare: 「多治見市モザイク…」 with 市 is the city's own museum.
  if (PLACE_ENDS.has(home.at(-1) as string)) return false;
  if (gazetteerType(home) !== 'place' && !TEAM_PLACES.has(home)) return false;
  // 「米ロサンゼルス」: a country and a city in it, no club (a club is named by its city, not a country).
  if (gazetteerLabel(home)?.startsWith('country') || gazetteerType(nickname)) return false;
  return !isPlainWordWhole(nickname) || /[ズス]$/.test(nickname);
}

/**
 * A team's home place in a sentence about a game is the team: 「広島は巨人に3-2で勝ち、連勝を5に伸ばした」
 * → 広島 an organisation; 「広島戦」 too, and a club's full name, 「◇仙台ファルコンズ4―2…」. A country is its national team only as the one playing: 「日本は
 * 勝ち点を13に伸ばした」, 「次の中国戦」. 「広島で平和記念式典が開かれた」, 「日本で開かれるＷ杯」 stay places.
 */
export function teamMetonymy(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type !== 'place') return c;
    const name = text.slice(c.start, c.end);
    if (isClubName(name) && isGame(sentenceAround(text, c.start, c.end))) return { ...c, type: 'organization' };
    const home = TEAM_PLACES.has(name);
    if (!home && !(gazetteerLabel(name) === 'country' && TEAM_ROLE.test(text.slice(c.end, c.end + 1)))) return c;
    // 「中国戦」 is a match, 「中国戦略」 or 「中国戦線」 are not.
    const match = text[c.end] === '戦' && !isKanji(text[c.end + 1]);
    const game = match || isGame(sentenceAround(text, c.start, c.end));
    return game ? { ...c, type: 'organization' } : c;
  });
}

/**
 * 「楽天戦に登板した」「巨人は3連勝」: a team whose name is a plain word (TEAM_WORDS) is an organisation
 * candidate before 戦 or in a sentence about a game, on token edges only (楽天的, 巨人症 are not it).
 */
export function teamWordCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    if (!TEAM_WORDS.has(t.surface)) continue;
    const match = text[t.end] === '戦' && !isKanji(text[t.end + 1]);
    if (match || isGame(sentenceAround(text, t.start, t.end)))
      out.push({ start: t.start, end: t.end, type: 'organization', source: 'gazetteer', weight: 4 });
  }
  return out;
}

/** Last characters of a place's own name (東京都, 札幌市, ボルノ州): such a place in brackets is where someone lives. */
const PLACE_ENDS: ReadonlySet<string> = new Set([...PLACE_SUFFIXES, ...PREFECTURE_SUFFIXES]);

/**
 * A name in brackets right after a person is what they belong to: 「三笘薫（ブライトン）」,
 * 「遠藤航（リバプール）」, 「山田一郎（自民）」 → an organisation, even where it reads as a city. Not a
 * country (「（日本）」 is whom they represent), a place with its own suffix (「（札幌市）」 is where they
 * live), or another spelling of the person (「李成権（イ・ソングォン）」).
 */
export function affiliations(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c, i) => {
    const prev = cands[i - 1];
    if (prev?.type !== 'person' || c.type === 'person' || c.type === 'organization') return c;
    if (c.start !== prev.end + 1 || !/[（(]/.test(text[prev.end] ?? '') || !/[）)]/.test(text[c.end] ?? '')) return c;
    const name = text.slice(c.start, c.end);
    if (gazetteerLabel(name) === 'country' || PLACE_ENDS.has(name.at(-1) as string) || /^[A-Za-z]/.test(name)) return c;
    return { ...c, type: 'organization' };
  });
}
