import { WIRE_SERVICES } from '../lexicon/source-nouns';
import { WordIndex } from '../lexicon/word-table';
import { DIGIT, LATIN } from '../text/script';

// Photo credits are in square brackets ([Kim Won Jin/AFP]): they credit a picture, not the article.
const PHOTO_CREDIT = /[[［][^\]］\n]*[\]］]/g;
// 「AFP通信/Global Watch |」, 「AFP通信/Global Watch | 2025年7月10日」: a credit line of its own.
const CREDIT_LINE = new RegExp(
  String.raw`^[ \t　]*([^\n|｜]{2,40}?)[ \t　]*[|｜][ \t　]*[${DIGIT}年月日/.:： \t　]*$`,
  'm',
);
// 【ワシントン＝共同】, 【6月18日 AFP】, 【北京時事】
const DATELINE = /【([^】\n]{1,30})】/g;
// (c)AFP/Aminu ABUBAKAR, ©AFP, （c）AFPBB News
const COPYRIGHT = new RegExp(String.raw`(?:\([cC]\)|（[cCｃＣ]）|©)[ \t　]*([${LATIN}]+|[^\s/／)）]{2,12})`);
const OUTLET_WORD = /通信|新聞|ニュース|放送|テレビ|共同|時事|NEWS|News/;
const WIRES = WordIndex.of(WIRE_SERVICES);

/** The wire service or outlet a dateline names: 「ワシントン＝共同」 → 共同, 「6月18日 AFP」 → AFP. */
function outletIn(inner: string): string | null {
  const last = inner.split(/[＝=\s　]/).pop() ?? '';
  // 北京時事 → 時事: the wire service at the end of a dateline.
  const wire = WIRES.longestSuffixOf(last);
  if (wire) return last === wire || !/(?:通信|新聞)$/.test(last) ? wire : last;
  return /(?:通信|新聞)$/.test(last) ? last : null;
}

/**
 * The outlet credited for the article (【ワシントン＝共同】, 「AFP通信/Global Watch |」, (c)AFP), if the
 * text names one; never a photo credit like [Kim Won Jin/AFP].
 */
export function findByline(text: string): string | null {
  const clean = text.replace(PHOTO_CREDIT, ' ');
  const line = CREDIT_LINE.exec(clean);
  const credit = line?.[1]?.trim();
  if (credit && (OUTLET_WORD.test(credit) || WIRE_SERVICES.some((w) => credit.includes(w)))) return credit;
  for (const m of clean.matchAll(DATELINE)) {
    const outlet = outletIn(m[1] ?? '');
    if (outlet) return outlet;
  }
  const c = COPYRIGHT.exec(clean);
  return c?.[1] ?? null;
}

/**
 * True when `name` is the wire a dateline credits (【ベルリン共同】 → 共同): the wire wrote the body under
 * it, while the headline over it is the publishing outlet's.
 */
export function creditedInDateline(text: string, name: string): boolean {
  for (const m of text.matchAll(DATELINE)) if (outletIn(m[1] ?? '') === name) return true;
  return false;
}
