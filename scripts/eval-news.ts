// Scores the entities of the project's own news paragraphs (scripts/news-set.ts) and prints a JSON
// summary per genre and overall; `--verbose` first lists each article's misses, extras and wrong types.
// `npm run eval` prints the same summary as `own_news`.
// `--held-out` scores the second set (tests/fixtures/news-heldout), written after the rules and not tuned on.
// usage: npx tsx scripts/eval-news.ts [--verbose] [--held-out]
import { loadNodeTokenizer } from '../cli/tokenizer';
import { evalNewsSet, HELD_OUT_NEWS_SET } from './news-set';

const heldOut = process.argv.includes('--held-out');
const { summary, details } = evalNewsSet(await loadNodeTokenizer(), heldOut ? HELD_OUT_NEWS_SET : undefined);
if (process.argv.includes('--verbose')) console.log(details.join('\n'));
console.log(JSON.stringify(summary));
