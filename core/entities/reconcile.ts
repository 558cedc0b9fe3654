import type { Candidate } from './candidate';
import { confidenceOf } from './confidence';
import { gazetteerType } from './gazetteer';

// Names never contain brackets or slashes; a span that runs over one has swallowed its neighbour:
// 「ボコ・ハラム（Boko Haram）」 is two mentions, not one.
const BREAK = /[（）()［］[\]「」『』/／|]/;

// The rules whose type beats the tagger's on the very same span: the lists, the suffixes (「大阪地検」),
// credited Latin names and dictionary organisations. A title rule that agrees on the span but not on
// the kind has found no title: 「ufotable」 before 代表 is a studio, not its president.
const RETYPES: ReadonlySet<Candidate['source']> = new Set([
  'gazetteer',
  'suffix',
  'latin',
  'proper-noun',
  'organ',
  'trade',
]);

/**
 * Adjusts the tagger's spans with what the rules know. The tagger was trained on encyclopaedia
 * sentences; news adds datelines and bylines it never saw:
 * - a span is cut at a bracket or slash (「Kim Won Jin/AFP」 → 「Kim Won Jin」);
 * - 「ニューヨーク=真海喬生」 (dateline = reporter) splits into a place and a person when the left side
 *   is a listed place;
 * - where a list, a suffix or a credit names exactly the same span, its type wins: 「クレムリン」 is
 *   listed as an organisation, 「大阪地検」 ends in an organisation suffix.
 */
export function reconcile(text: string, tagged: readonly Candidate[], rules: readonly Candidate[]): Candidate[] {
  const ruleType = new Map<string, Candidate>();
  for (const r of rules) {
    if (r.weight < 4 || !RETYPES.has(r.source)) continue;
    const key = `${r.start}:${r.end}`;
    const old = ruleType.get(key);
    if (!old || r.weight > old.weight) ruleType.set(key, r);
  }
  // The widest strong rule span over each offset: one array fill per rule, no scan per tagger span.
  const cover: (Candidate | undefined)[] = new Array(text.length);
  for (const r of rules) {
    if (r.weight < 4) continue;
    for (let i = r.start; i < r.end; i++) {
      const old = cover[i];
      if (!old || r.end - r.start > old.end - old.start) cover[i] = r;
    }
  }
  const out: Candidate[] = [];
  for (const c of tagged) {
    let { start, end } = c;
    const name = text.slice(start, end);
    const cut = name.search(BREAK);
    if (cut === 0) continue;
    if (cut > 0) end = start + cut;
    const eq = text.slice(start, end).search(/[=＝]/);
    if (eq > 0 && gazetteerType(text.slice(start, start + eq)) === 'place') {
      out.push({ ...c, end: start + eq, type: 'place' });
      out.push({ ...c, start: start + eq + 1, type: 'person' });
      continue;
    }
    // 「国際原子力」 inside the listed 「国際原子力機関」: the list knows where the name ends.
    const wider = cover[start];
    if (wider && wider.start <= start && wider.end >= end && wider.end - wider.start > end - start) {
      out.push({ ...c, start: wider.start, end: wider.end, type: wider.type, confidence: confidenceOf(wider) });
      continue;
    }
    // A rule that names the very same span backs the tagger up: the surer of the two counts.
    const rule = ruleType.get(`${start}:${end}`);
    const confidence = rule ? Math.max(confidenceOf(c), confidenceOf(rule)) : confidenceOf(c);
    out.push({ ...c, start, end, type: rule ? rule.type : c.type, confidence });
  }
  return out;
}
