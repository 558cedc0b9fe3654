import { COPYRIGHT_MARKS, CREDIT_ENDS, CREDIT_HEADS } from '../lexicon/credit-words';
import { WIRE_SERVICES } from '../lexicon/source-nouns';
import { alternation } from '../lexicon/word-table';
import { DIGIT, KANJI, KATAKANA } from '../text/script';
import type { Span } from './candidate';
import { gazetteerType } from './gazetteer';

// Who wrote an article or took its pictures is not in its story: bylines, reporters' signatures, photo
// credits and copyright lines name people and outlets, but a reader scanning the names of a story wants
// the people it is about. They are recognised by their shape, so the page and the text read the same.

const WIRES: ReadonlySet<string> = new Set(WIRE_SERVICES);

// A bracket of at most 60 characters: （…）, (…), ［…］, […], 〔…〕 (「〔時事〕」). Not 【…】: 「【ワシントン＝共同】」
// is a dateline, and where the story happens is part of it.
const BRACKET = /[（(［[〔]([^（）()［］[\]〔〕\n]{1,60})[）)］\]〕]/g;
const CREDIT_END = new RegExp(`${alternation(CREDIT_ENDS)}[ 　]*$`);
const CREDIT_HEAD = new RegExp(`^${alternation(CREDIT_HEADS)}[・：:＝=／/]`);
// 「ＡＰ＝共同」, 「Kim Won Jin/AFP」, 「AFP/Aminu ABUBAKAR」: a wire service joined to a name.
const JOINED = /[＝=／/]/;
// The tail of a caption after ＝: 「＝2021年10月5日、大阪市北区、室矢英樹撮影」 (when, where, who).
const CAPTION_TAIL = new RegExp(`[＝=][^＝=。\\n（()）]{0,40}?${alternation(CREDIT_ENDS)}`, 'g');
// A copyright notice runs to the end of its line: 「（ｃ）朝日新聞社」.
const COPYRIGHT = new RegExp(`${alternation(COPYRIGHT_MARKS)}[^\\n]{1,60}$`, 'gm');
// A line of names ending in the time it was filed: 「小田健司、佐藤常敬 室矢英樹2021年10月13日 9時00分」.
const BYLINE_LINE = new RegExp(
  `^[^\\n。！？「」]{0,60}?[${DIGIT}]{4}年[${DIGIT}]{1,2}月[${DIGIT}]{1,2}日[ 　]*(?:[${DIGIT}]{1,2}[時:：][${DIGIT}]{2}分?)?[ 　]*(?:配信|更新|公開)?[ 　]*$`,
  'gm',
);
// A reporter's signature closing a paragraph or standing alone: 「…出している。【松本紫帆】」,
// 「（経済部　川村優子）」. Not after a quote: 「…」（近所の住民） is who said it.
const SIGNATURE = /(?:^|(?<=。))[ 　]*[（(【]([^（）()【】\n]{2,16})[）)】][ 　]*$/gm;
// A signature holds a name of kanji, maybe after a desk: 「経済部　川村優子」, 「松本紫帆」.
const SIGNED_NAME = new RegExp(`^(?:[${KANJI}${KATAKANA}ー]{1,8}[ 　])?[${KANJI}]{2,6}$`, 'u');

// A dateline names where the story happens and who filed it: 「【ワシントン＝共同】」, 「【北京時事】」,
// 「【ワシントン秋山信一】」. The place is in the story; the wire service or the reporter after it is not.
const DATELINE = /【([^】\n]{2,24})】/g;
const KANJI_NAME = new RegExp(`^[${KANJI}]{2,6}$`, 'u');

/** Where the filer starts in a dateline's content (after ＝, after a leading listed place), or -1. */
function filerStart(inner: string): number {
  const eq = inner.search(/[＝=]/);
  if (eq > 0) return WIRES.has(inner.slice(eq + 1).trim()) ? eq : -1;
  for (let i = inner.length - 2; i >= 1; i--) {
    const rest = inner.slice(i);
    if (gazetteerType(inner.slice(0, i)) === 'place' && (WIRES.has(rest) || KANJI_NAME.test(rest))) return i;
  }
  return -1;
}

/** Whether a bracket's content credits a picture or an outlet: 「柳原一哉撮影」, 「写真・共同」, 「ＡＰ＝共同」. */
function isCreditContent(inner: string): boolean {
  const s = inner.trim();
  if (CREDIT_END.test(s) || CREDIT_HEAD.test(s) || WIRES.has(s)) return true;
  return JOINED.test(s) && s.split(JOINED).some((part) => WIRES.has(part.trim()));
}

/**
 * The stretches of `text` that credit the article or its pictures (sorted by start, may overlap): photo
 * credits in brackets and caption tails (「（柳原一哉撮影）」, 「＝東京・霞が関で、赤間清広撮影」,
 * 「[Kim Won Jin/AFP]」), copyright lines, byline lines that end in the filing time, and reporters'
 * signatures closing a paragraph, and who filed a dateline (「【ワシントン＝共同】」's ＝共同). Names inside them are not marked.
 */
export function creditSpans(text: string): Span[] {
  const out: Span[] = datelineFilers(text).map((f) => ({ start: f.start, end: f.end }));
  for (const m of text.matchAll(BRACKET))
    if (isCreditContent(m[1] as string)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const re of [CAPTION_TAIL, COPYRIGHT, BYLINE_LINE])
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(SIGNATURE))
    if (SIGNED_NAME.test((m[1] as string).trim())) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** Who filed a dateline: where it starts (its ＝ included) and ends, and the wire service it names, if one. */
export interface DatelineFiler extends Span {
  wire: string | null;
}

/** The filers of the datelines in `text`: 「【ワシントン＝共同】」's ＝共同 (wire 共同), 「【ロンドン松井健】」's 松井健. */
export function datelineFilers(text: string): DatelineFiler[] {
  const out: DatelineFiler[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const inner = m[1] as string;
    const at = filerStart(inner);
    if (at <= 0) continue;
    const filer = inner
      .slice(at)
      .replace(/^[＝=]/, '')
      .trim();
    out.push({ start: m.index + 1 + at, end: m.index + m[0].length - 1, wire: WIRES.has(filer) ? filer : null });
  }
  return out;
}
