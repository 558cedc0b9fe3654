import { isCommonNoun, isSahenNoun } from '../text/pos';
import { tokenAt } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

/** An event named by its kind, not by its name: 「大会」, 「まつり」. */
const EVENT_NOUNS: readonly string[] = ['大会', 'まつり', '祭り', '祭', 'イベント', '催し', '記念式典'];
/** The offices that run an event: 「〜事務局」, 「〜実行委員会」. */
const EVENT_OFFICES: readonly string[] = ['事務局', '実行委員会', '組織委員会', '運営委員会'];

/** A plain dictionary word: no proper noun, no unknown word. */
const isPlainWord = (t: Token): boolean => t.known && (isCommonNoun(t) || isSahenNoun(t));

/**
 * True when a candidate is the office of an event named only by its kind: 「大会事務局」,
 * 「まつり実行委員会」, 「花火大会実行委員会」 are generic, like 同社 (gold convention: skip generic nouns).
 * A proper word before them makes a name: 「松江水燈まつり実行委員会」 (松江), 「松江マラソン大会事務局」.
 */
export function isEventOffice(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const name = text.slice(c.start, c.end);
  const office = EVENT_OFFICES.find((o) => name.endsWith(o));
  if (office === undefined || c.type !== 'organization') return false;
  const before = name.slice(0, -office.length);
  if (!EVENT_NOUNS.some((e) => before.endsWith(e))) return false;
  const from = tokenAt(tokens, c.start);
  for (let k = from; k < tokens.length && (tokens[k] as Token).end <= c.start + before.length; k++) {
    if (!isPlainWord(tokens[k] as Token)) return false;
  }
  return true;
}
