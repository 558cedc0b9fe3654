// The project's own news paragraphs (tests/fixtures/news: tech, culture, sports, politics, crime and
// economy, written for this project, each NAME.txt with its gold NAME.json) and their entity scores.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../core/analyze';
import type { Tokenizer } from '../core/types';
import { addCounts, type EntityCounts, entityRates, scoreEntities } from './entity-score';

/** The set developed against, and a second one written after the work and measured once (never tuned on). */
export const NEWS_SET = resolve(import.meta.dirname, '../tests/fixtures/news');
export const HELD_OUT_NEWS_SET = resolve(import.meta.dirname, '../tests/fixtures/news-heldout');
const empty = (): EntityCounts => ({ gold: 0, hit: 0, typed: 0, predicted: 0, predictedOk: 0, errors: [] });

/**
 * Scores every article of the set: rates overall (`all`) and per genre (the name before `-N`), and
 * per article the misses, extras and wrong types (`details`, one line each).
 */
export function evalNewsSet(
  tokenizer: Tokenizer,
  dir: string = NEWS_SET,
): { summary: Record<string, unknown>; details: string[] } {
  const byGenre = new Map<string, EntityCounts>();
  const details: string[] = [];
  let all = empty();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -4);
    const gold = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')).entities;
    const analysis = analyze(readFileSync(join(dir, file), 'utf8'), tokenizer, { published: null });
    const counts = scoreEntities(gold, analysis.entities);
    details.push(`${name}: entities ${counts.hit}/${counts.gold}`, ...counts.errors.map((e) => `  ${e}`));
    const genre = name.replace(/-\d+$/, '');
    byGenre.set(genre, addCounts(byGenre.get(genre) ?? empty(), counts));
    all = addCounts(all, counts);
  }
  const summary: Record<string, unknown> = { all: entityRates(all) };
  for (const [genre, counts] of [...byGenre].sort()) summary[genre] = entityRates(counts);
  return { summary, details };
}
