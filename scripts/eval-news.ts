// Scores the entities of the project's own news paragraphs (scripts/news-set.ts) and prints a JSON
// summary per genre and overall; `--verbose` first lists each article's misses, extras and wrong types.
// `npm run eval` prints the same summary as `own_news`.
// usage: npx tsx scripts/eval-news.ts [--verbose]
import { loadNodeTokenizer } from '../cli/tokenizer';
import { evalNewsSet } from './news-set';

const { summary, details } = evalNewsSet(await loadNodeTokenizer());
if (process.argv.includes('--verbose')) console.log(details.join('\n'));
console.log(JSON.stringify(summary));
