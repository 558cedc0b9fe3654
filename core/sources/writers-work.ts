import { ACCORDING_TO } from '../lexicon/reporting-cues';
import { alternation } from '../lexicon/word-table';
import { INQUIRY_WORDS, RESULT_OPENERS, SELF_WORDS } from '../lexicon/writer-voice';
import type { Entity, Source, Token } from '../types';
import type { AttributionContext } from './context';
import type { SentenceView } from './cue';
import { narrates } from './narration';

// によると / によりますと: a sentence citing someone else ends the writer's findings.
const CITING = new RegExp(alternation(ACCORDING_TO));
// The particles that make the writer the doer or owner: 筆者は / 筆者が / 筆者の / 筆者も.
const SELF_CASE = new Set(['は', 'が', 'の', 'も']);
// 「…の足をどう守るか　地域交通研究者・長谷部綾」: the headline's signature after its last space.
const HEADLINE_SIGNATURE = /[\s　]([^\s　]+)$/;
// 「…（東都大学教授・村井彩子）」: the closing bracket that signs the piece.
const CLOSING_SIGNATURE = /（([^（）\n]+)）\s*$/;

/**
 * The sentences whose figures no one else is credited with are the findings of a column's writer: a
 * sentence where the writer inquires (筆者は今年8月、パート500人にアンケートを行った / 筆者の試算では)
 * or speaks of their own institution (筆者が院長を務める診療所では、…312人をみとった), and the sentences
 * after it in the paragraph (…と答えた人は62%に上った), or in the next one when it opens on the results
 * (その結果、…). A sentence citing another party (総務省の調査によると), one with a figure credited to
 * another named since the run began (`sourced`), or one in the writer's own voice (…急ぐべきだ) ends the
 * run. Each sentence maps to where its run began: a party named before it (a surveyor of the paragraph
 * before, 総務省の調査では…) is no source of the writer's own survey.
 */
export function writersWork(
  ctx: AttributionContext,
  views: readonly SentenceView[],
  sourced: (sentence: number, since: number) => boolean,
): Map<number, number> {
  const out = new Map<number, number>();
  let run = -1;
  for (const v of views) {
    const prev = views[v.index - 1];
    const newParagraph = !prev || prev.sentence.paragraph !== v.sentence.paragraph;
    if (newParagraph && !RESULT_OPENERS.some((o) => v.sentence.text.startsWith(o))) run = -1;
    if (inquires(ctx.tokens, v)) run = v.sentence.start;
    else if (run >= 0 && (CITING.test(v.sentence.text) || sourced(v.index, run) || narrates(ctx.tokens, v))) run = -1;
    if (run >= 0) out.set(v.index, run);
  }
  return out;
}

/** 筆者の研究室 / 私たちの調査: a party the writer owns, named as a report's owner — the writer's own. */
export function isWritersOwn(name: string): boolean {
  const owner = /^(.+?)の/.exec(name)?.[1] ?? name;
  return SELF_WORDS.has(owner);
}

/** True when the writer, as doer or owner, makes an inquiry or speaks of their own place (outside quotes). */
function inquires(tokens: readonly Token[], v: SentenceView): boolean {
  for (let k = v.first; k < v.end - 1; k++) {
    if (v.depth[k - v.first] || !SELF_WORDS.has(tokens[k]?.surface ?? '')) continue;
    if (!SELF_CASE.has(tokens[k + 1]?.surface ?? '') || tokens[k + 1]?.pos !== '助詞') continue;
    let comma = false;
    for (let j = k + 2; j < v.end; j++) {
      const t = tokens[j] as Token;
      if (v.depth[j - v.first]) continue;
      if (INQUIRY_WORDS.has(t.basic) || INQUIRY_WORDS.has(t.surface)) return true;
      // 筆者が院長を務める診療所では、…: the writer's own place framing the sentence, before any comma.
      if (!comma && t.surface === 'で' && /^[はも]$/.test(tokens[j + 1]?.surface ?? '')) return true;
      comma ||= t.surface === '、';
    }
  }
  return false;
}

/**
 * Who signs the piece: the person named in the headline's signature (…どう守るか　研究者・長谷部綾) or in
 * the closing bracket (（東都大学教授・村井彩子）), else 筆者 — the source of the writer's own findings.
 */
export function writersSource(ctx: AttributionContext): Source {
  const author = ctx.author?.trim();
  if (author) return { name: author, type: 'person', cue: null };
  const text = ctx.text;
  const lineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const head = HEADLINE_SIGNATURE.exec(text.slice(0, lineEnd).trimEnd());
  const close = CLOSING_SIGNATURE.exec(text);
  const spans: [number, number][] = [];
  if (head) spans.push([head.index, head.index + head[0].length]);
  if (close) spans.push([close.index, close.index + close[0].length]);
  for (const [from, to] of spans) {
    const person = ctx.entities.find(
      (e: Entity) => e.type === 'person' && e.start >= from && e.end <= to && /\p{Script=Han}/u.test(e.text),
    );
    if (person) return { name: person.text, type: 'person', cue: null, start: person.start, end: person.end };
  }
  return { name: '筆者', type: 'person', cue: null };
}
