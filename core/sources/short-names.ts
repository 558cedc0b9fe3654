import type { SourceType } from '../types';
import { bodyTypeByWords } from './source-type';

// The name written right before a bracket: kanji, katakana, Latin letters and digits (運送会社でつくる
// 北海道貨物運送協会（… → 北海道貨物運送協会; の or a kana word ends it).
const NAME_BEFORE = /[\u4E00-\u9FFF\u30A0-\u30FFA-Za-zＡ-Ｚａ-ｚ0-9０-９・]{2,30}$/u;

/**
 * The kind of body a short name stands for when the article defines it in brackets after the body's
 * full name: 「北海道貨物運送協会（北海運協）は5日…」 makes a headline's 「―北海運協調査」 the association's
 * (its words, 運協, say nothing of what it is). Null when the article defines no such body.
 */
export function definedShortName(text: string, short: string): SourceType | null {
  if (short.length < 2) return null;
  for (const open of ['（', '(']) {
    const close = open === '（' ? '）' : ')';
    let at = text.indexOf(`${open}${short}${close}`);
    while (at > 0) {
      const full = NAME_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[0];
      const type = full && full !== short ? bodyTypeByWords(full) : null;
      if (type) return type;
      at = text.indexOf(`${open}${short}${close}`, at + 1);
    }
  }
  return null;
}
