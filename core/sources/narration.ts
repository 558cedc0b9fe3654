import { alternation } from '../lexicon/word-table';
import { MODAL_AUXILIARIES, MODAL_ENDINGS, MODAL_STEMS, RECORD_MARKS, WRITER_WORDS } from '../lexicon/writer-voice';
import { isAuxiliary, isBindingParticle, isGenitive, isNoun } from '../text/pos';
import type { Token } from '../types';
import { explains } from './background';
import { depthAt, type SentenceView } from './cue';
import { hearsaySouAt } from './hearsay';

// What may follow the predicate before the sentence ends: 。, a closing bracket, a final particle (ね, よ).
const TRAILING = /^(?:[。．！？!?」』）)\s]|ね|よ|か)$/;
const FULL_STOP = /[。．！？!?\s]+$/;
// 試算では、 / 調べによると、: a report noun (any) and the particle that makes it a frame.
const REPORT_OPENING = /^[^、。]{1,8}?(?:では|によると|によれば)、/;

/**
 * True when a sentence speaks in the writer's own voice — its closing predicate a conjecture, a
 * wish or a judgement (…評価が分かれそうだ, …増えるだろう, …選びたい, …かもしれない), or the writer
 * its topic (筆者は…), or a condition weighed against the record (…終えれば、2012年以来となる) — so
 * that an according-to of an earlier sentence no longer holds (「BCNによると、…27%に上昇した。19万円と
 * いう価格は…分かれそうだ。」: the reviewer's view).
 */
export function narrates(tokens: readonly Token[], v: SentenceView): boolean {
  const text = v.sentence.text.replace(FULL_STOP, '');
  // 県警によると、…。移流霧は、…広がる現象です。: the writer defining a term, or recalling an earlier work.
  if (MODAL_ENDINGS.some((e) => text.endsWith(e)) || explains(v.sentence.text)) return true;
  return closesModally(tokens, v) || writerIsTopic(tokens, v) || weighsIf(tokens, v);
}

// The conditional endings of a clause: 終えれば (ば), 可決されたら (たら), 実現するなら (なら).
const CONDITIONAL = new Set(['ば', 'たら', 'なら']);

/**
 * …防御率0点台で終えれば、リーグでは2012年以来となる / 可決されたら、初めてになります: what a
 * condition would make of the facts, set against the record, is the writer's own reckoning, not an
 * earlier source's account. Only a consequent of becoming (となる, になる) set against a record is
 * read so: a warning (雨が降れば、…おそれがあります) stays the forecaster's, and a projection
 * (計画通り進めば、人口が10万人となる) the source's.
 */
function weighsIf(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  while (k >= v.first && TRAILING.test((tokens[k] as Token).surface)) k--;
  if (tokens[k]?.basic === 'ます' && isAuxiliary(tokens[k])) k--;
  const verb = tokens[k];
  if (verb?.basic !== 'なる' || !/^[にと]$/.test(tokens[k - 1]?.surface ?? '')) return false;
  for (let i = v.first + 1; i < k; i++) {
    const t = tokens[i] as Token;
    if (depthAt(v, i) > 0 || tokens[i + 1]?.surface !== '、' || !CONDITIONAL.has(t.surface)) continue;
    if (!((t.surface === 'ば' && t.pos1 === '接続助詞') || isAuxiliary(t))) continue;
    // …となる set against the record (以来, 初めて, 史上最多); 人口が10万人となる is a projection.
    const consequent = v.sentence.text.slice((tokens[i + 1] as Token).end - v.sentence.start);
    return RECORD.test(consequent);
  }
  return false;
}

// The record a consequent is set against: 2012年以来, 初めて, 3年ぶり, 史上最多, 過去最高.
const RECORD = new RegExp(alternation(RECORD_MARKS));

/** The auxiliaries closing the sentence include a modal one (だろう, たい, べきだ, 分かれそうだ). */
function closesModally(tokens: readonly Token[], v: SentenceView): boolean {
  let k = v.end - 1;
  while (k >= v.first && TRAILING.test((tokens[k] as Token).surface)) k--;
  for (; k >= v.first; k--) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) return false;
    if (isAuxiliary(t)) {
      // 降るでしょう: a broadcaster relays the forecaster's forecast in the polite form (気象台によりますと、
      // …多いところで150ミリの雨が降るでしょう); 増えるだろう in print is the writer's own guess.
      if (MODAL_AUXILIARIES.has(t.basic) && tokens[k - 1]?.surface !== 'でしょ') return true;
      continue;
    }
    // 分かれそう(だ) / 増えたよう(だ): a stem of appearance — not the hearsay そう of 売れたそうだ.
    if (isNoun(t) && t.pos2 === '助動詞語幹' && MODAL_STEMS.has(t.surface)) return !hearsaySouAt(tokens, k);
    return false;
  }
  return false;
}

/** 筆者は… / 記者も…: the writer as the sentence's topic, outside quotes. */
function writerIsTopic(tokens: readonly Token[], v: SentenceView): boolean {
  for (let i = v.first; i + 1 < v.end; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (depthAt(v, i) > 0 || !WRITER_WORDS.has(t.surface)) continue;
    const before = tokens[i - 1];
    const alone = i === v.first || before?.surface === '、' || before?.pos === '接続詞';
    if (alone && (next.surface === 'は' || next.surface === 'も') && isBindingParticle(next)) return true;
    // 私の試算では、…: the writer's own working opens the sentence.
    if (alone && isGenitive(next) && REPORT_OPENING.test(v.sentence.text.slice(next.end - v.sentence.start)))
      return true;
  }
  return false;
}
