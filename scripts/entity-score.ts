// Scores entities the way ../shared/eval/score.mjs does, for the project's own news set
// (tests/fixtures/news), so the set can be measured where the shared evaluation data is absent.
// A gold name is found by the same surface (NFKC), else by containment either way (two characters or
// more); precision counts distinct predicted person/organisation/place names that match no gold name.

/** Gold entities of one article, by type. */
export type GoldEntities = Readonly<Record<string, readonly string[]>>;

/** A predicted entity as the analysis gives it. */
export interface PredictedEntity {
  text: string;
  type: string;
}

/** Counts of one or more articles: summed, then turned into rates by `entityRates`. */
export interface EntityCounts {
  gold: number;
  hit: number;
  typed: number;
  predicted: number;
  predictedOk: number;
  errors: string[];
}

const nfkc = (s: string) => s.normalize('NFKC');
const NAMED = new Set(['person', 'organization', 'place']);

/** Scores one article's entities against its gold. */
export function scoreEntities(gold: GoldEntities, pred: readonly PredictedEntity[]): EntityCounts {
  const ents = pred.map((e) => ({ t: nfkc(e.text), type: e.type }));
  const c: EntityCounts = { gold: 0, hit: 0, typed: 0, predicted: 0, predictedOk: 0, errors: [] };
  for (const [type, names] of Object.entries(gold)) {
    for (const n of names.map(nfkc)) {
      c.gold++;
      const m =
        ents.find((e) => e.t === n) ?? ents.find((e) => e.t.includes(n) || (n.includes(e.t) && e.t.length >= 2));
      if (!m) {
        c.errors.push(`entity missed: ${n} (${type})`);
        continue;
      }
      c.hit++;
      if (m.type === type) c.typed++;
      else c.errors.push(`entity type ${n}: got ${m.type} want ${type}`);
    }
  }
  const goldNames = Object.values(gold).flat().map(nfkc);
  for (const t of new Set(ents.filter((e) => NAMED.has(e.type)).map((e) => e.t))) {
    c.predicted++;
    if (goldNames.some((g) => g === t || g.includes(t) || (t.includes(g) && g.length >= 2))) c.predictedOk++;
    else c.errors.push(`entity extra: ${t}`);
  }
  return c;
}

/** Adds `b` into `a`. */
export function addCounts(a: EntityCounts, b: EntityCounts): EntityCounts {
  return {
    gold: a.gold + b.gold,
    hit: a.hit + b.hit,
    typed: a.typed + b.typed,
    predicted: a.predicted + b.predicted,
    predictedOk: a.predictedOk + b.predictedOk,
    errors: [...a.errors, ...b.errors],
  };
}

const rate = (a: number, b: number) => +(b ? a / b : 0).toFixed(3);

/** Recall, type accuracy (of the found) and precision, rounded to three places. */
export function entityRates(c: EntityCounts) {
  return {
    entity_recall: rate(c.hit, c.gold),
    entity_type_accuracy: rate(c.typed, c.hit),
    entity_precision: rate(c.predictedOk, c.predicted),
  };
}
