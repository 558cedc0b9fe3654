import { AHEAD_WORDS, POST_NOUNS, POST_POLITE_ENDINGS, POST_VERBS, WRITE_VERBS } from '../lexicon/reporting-cues';
import { isBindingParticle, isCaseParticle, isFinalParticle, isNoun, isVerb } from '../text/pos';
import type { SourceType, Token } from '../types';
import type { Antecedents } from './anaphora';
import { depthAt, type SentenceView } from './cue';
import { type Party, speakerParty } from './parties';
import { findTopic, type Speaker } from './topic';

// After the posting word, a clause that closes on the deed: 投稿したところ / 投稿した。/ 投稿すると /
// 投稿したら. 投稿した写真は… (a relative clause) only mentions a post.
const AFTER_NOUN = /^(?:を?し(?:てい)?(?:まし)?た(?:ところ|ら|[、。，．]|$)|すると)/;
const AFTER_VERB = /^(?:(?:まし)?[ただ](?:ところ|ら|[、。，．]|$)|と[、，])/;

/**
 * The posting deed a sentence ends a clause on, outside quotes: 「…SNSに商品の写真と共に投稿したところ、
 * 反響が広がった。」, 「東和製菓は公式Xに…と投稿した。」. Returns the token of the posting word, or -1.
 */
function postingAt(text: string, tokens: readonly Token[], v: SentenceView): number {
  const end = v.sentence.end;
  for (let k = v.first; k < v.end; k++) {
    const t = tokens[k] as Token;
    if (depthAt(v, k) > 0) continue;
    const noun = isNoun(t) && POST_NOUNS.has(t.surface) && AFTER_NOUN.test(text.slice(t.end, end));
    // The part of speech first: most tokens are no verb, and the sets need not be asked of them.
    const posts =
      isVerb(t) && (POST_VERBS.has(t.basic) || (WRITE_VERBS.has(t.basic) && pointsAhead(tokens, k, v.first)));
    const verb = posts && AFTER_VERB.test(text.slice(t.end, end));
    if (noun || verb) return k;
  }
  return -1;
}

/**
 * こう書いた / 次のように記した / このようにつづった: the words before the verb point ahead to the lines
 * after the sentence.
 */
function pointsAhead(tokens: readonly Token[], k: number, first: number): boolean {
  const before = tokens[k - 1];
  if (before?.surface === 'こう') return true;
  if (k - 3 < first || before?.surface !== 'に' || tokens[k - 2]?.surface !== 'よう') return false;
  const which = tokens[k - 3]?.surface;
  if (which === 'この') return true;
  return which === 'の' && k - 4 >= first && AHEAD_WORDS.has(tokens[k - 4]?.surface ?? '');
}

// Who can post: a person, a body, or one of its people left unnamed (同社の担当者).
const POSTER_TYPES: ReadonlySet<SourceType> = new Set(['person', 'organization', 'government', 'anonymous']);

/**
 * The poster the sentence names before the posting word (東和製菓は公式Xに…と投稿した → 東和製菓), `null`
 * when it names none, and `undefined` when its subject is someone it does not make a party (多くの利用者が
 * 写真を投稿した): then no one else may be taken for the poster.
 */
function posterIn(tokens: readonly Token[], v: SentenceView, at: number): Speaker | null | undefined {
  const subject = findTopic(tokens, v, v.first, at, true);
  if (subject) return POSTER_TYPES.has(subject.type) ? subject : undefined;
  for (let i = v.first; i < at; i++) {
    const t = tokens[i] as Token;
    const marks = (t.surface === 'は' && isBindingParticle(t)) || (t.surface === 'が' && isCaseParticle(t));
    if (marks && depthAt(v, i) === 0) return undefined;
  }
  return null;
}

// A line that opens as a list item, a subhead, a caption, a question or an answer, or a bracketed note.
const NOT_A_POST_HEAD = /^[「『（(［[【〈《<■□●○◆◇▼▽▲△★☆・※＊*＃#\-－―—‐→⇒QＱAＡ問答]/;
// 容量：500ml / 写真＝東和製菓提供: a label and its value.
const LABEL = /[：:＝=｜|]/;
// How a post's line ends when it is not closed like the writer's sentence: 売れませんでした… / 嬉しい！
const POST_END = /(?:[…‥！!？?～〜ｗw笑]|\p{Extended_Pictographic}|\uFE0F)$/u;
// The writer's full stop ends narration; a post's line does without it.
const FULL_STOP = /[。．]$/;

// A post's line closed the way one speaks to readers, politely or with a final particle.
const POLITE_END = new RegExp(`(?:${POST_POLITE_ENDINGS.join('|')})$`);

/**
 * True when a line reads as a line of a post quoted after its posting sentence: short, not closed with
 * 。, not a list item, subhead, caption, label or Q&A line, ending on …/！/？/an emoji, a polite form or a
 * final particle. A headline on a noun (売り上げ200個) or a plain verb (2倍に増えた) is no post's line.
 */
export function isPostLine(tokens: readonly Token[], v: SentenceView): boolean {
  const s = v.sentence.text.trim();
  if (!s || s.length > 80 || FULL_STOP.test(s) || NOT_A_POST_HEAD.test(s) || LABEL.test(s)) return false;
  if (/^[0-9０-９]+[.．)）]/.test(s)) return false;
  return POST_END.test(s) || POLITE_END.test(s) || isFinalParticle(tokens[v.end - 1]);
}

/**
 * The poster a posting sentence puts in force for the lines after it: the subject it names (東和製菓は公式X
 * に…と投稿した, 同社の担当者がXで…と投稿したところ → 同社 resolved), else, when it has no subject at all,
 * `recent`: the party the article made its topic in this or the previous paragraph (the company the story
 * is about). Null when the sentence posts nothing or no poster is clearly in force.
 */
export function posterOf(
  text: string,
  tokens: readonly Token[],
  v: SentenceView,
  recent: Party | null,
  mentions: Antecedents,
): Party | null {
  const at = postingAt(text, tokens, v);
  if (at < 0) return null;
  const subject = posterIn(tokens, v, at);
  const party = subject
    ? speakerParty(subject.phrase, subject.type, '', null, mentions)
    : subject === null
      ? recent
      : null;
  if (!party || party.type === 'document' || party.type === 'media') return null;
  return { ...party, cue: v.sentence.text, via: null };
}
