import { isAdjective, isAuxiliary, isNoun, isVerb } from '../text/pos';
import type { Token } from '../types';
import type { Cue } from './cue';

// What may close a hearsay そう: 売れたそう。 / 伸びたそうで、 / 人気だそうです / 始まったそうだ」
const SOU_ENDINGS = new Set(['だ', 'です', 'で', 'である']);
const CLAUSE_MARKS = new Set(['。', '、', '」', '』', '\n']);

/**
 * The hearsay そう(だ) at token `i`, as written (「そうだ」, 「そうで」, 「そう」), or null. IPADIC files
 * the hearsay そう and the そう of appearance alike (名詞,特殊 / 名詞,接尾); they differ in what comes
 * before: hearsay follows a finished form (売れたそうだ, 人気だそうです, 売れなかったのだそう), appearance
 * a verb's or adjective's stem (降りそうだ, 高そうだ). A finished form is spelled as its basic form.
 */
export function hearsaySouAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || t.surface !== 'そう' || !isNoun(t)) return null;
  const finished = (isAuxiliary(before) || isVerb(before) || isAdjective(before)) && before.surface === before.basic;
  if (!finished) return null;
  let cue = 'そう';
  let k = i + 1;
  const ending = tokens[k];
  if (ending && isAuxiliary(ending) && SOU_ENDINGS.has(ending.surface)) {
    cue += ending.surface;
    k++;
  }
  const after = tokens[k];
  // そうな / そうに describe (面白そうな店): only a clause end closes a report.
  return !after || CLAUSE_MARKS.has(after.surface) ? cue : null;
}

/**
 * The hearsay とか closing a sentence at token `i` (と): 5万個も売れたのだとか。 — と after a finished
 * predicate, then the final particle か and the clause end.
 */
export function hearsayTokaAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const ka = tokens[i + 1];
  const after = tokens[i + 2];
  if (tokens[i]?.surface !== 'と' || ka?.surface !== 'か' || !before) return false;
  if (!(isAuxiliary(before) || isVerb(before) || isAdjective(before))) return false;
  return !after || CLAUSE_MARKS.has(after.surface);
}

/**
 * Hearsay that relays what someone told the reporter (…という, …ということです, …とのことだ, …そうだ,
 * …のだとか):
 * it goes on with the source an earlier paragraph named. The impersonal kinds (…とみられる, …とされる,
 * …と報じられている) estimate or echo; they carry nothing beyond their paragraph.
 */
export function isTold(cue: Cue): boolean {
  return cue.kind === 'hearsay' && !cue.opinion && /^(?:という|といい|とのこと|そう|とか$)/.test(cue.cue);
}

/**
 * Speech relayed as told to the writer (…売れたそうで、…売れたとのことだ): unlike …という, which also
 * tells what is said at large or the writer's own background, it always has a teller — the party the
 * article quoted last, when no nearer one is in force.
 */
export function isRelayed(cue: Cue): boolean {
  return isTold(cue) && /^(?:そう|とのこと)/.test(cue.cue);
}
