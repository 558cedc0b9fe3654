import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import type { Tokenizer } from '../../../core/types';
import { evalNewsSet } from '../../../scripts/news-set';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

// The project's own news paragraphs (tests/fixtures/news, six genres, gold names written with them):
// a regression floor a little under what the analyser scores today (npm run eval prints it as own_news).
describe('the own news set', () => {
  it('keeps its precision, type accuracy and recall', () => {
    const all = evalNewsSet(tokenizer).summary.all as Record<string, number>;
    expect(all.entity_precision).toBeGreaterThanOrEqual(0.95);
    expect(all.entity_type_accuracy).toBeGreaterThanOrEqual(0.93);
    expect(all.entity_recall).toBeGreaterThanOrEqual(0.92);
  });
});
