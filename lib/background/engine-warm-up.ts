import { analyze } from '../../core/analyze';
import type { Tokenizer } from '../../core/types';

/** Warms the engine's tables without the dictionary: names, a figure and a source, but no tokens. */
const TABLES_TEXT = '東京都の発表によると、約3万人が参加したと、ＮＨＫが報じた。';
const NO_TOKENS: Tokenizer = { tokenize: () => [] };
/**
 * Our own short article, analysed paragraph by paragraph in idle moments after the first real
 * analysis: the engine's code is then compiled before the reader's second article (in a fresh worker
 * the second to fifth took up to twice as long as the tenth). One paragraph per step, so a real
 * request never waits behind more than a few milliseconds of warm-up.
 */
const ARTICLE = [
  '港湾局は3日、今年上半期のコンテナ取扱量が前年同期比12.5%増の約84万個だったと発表した。',
  '同局の担当者は「輸出が回復し、過去最多を更新する見通しだ」と話した。',
  '共同通信によると、隣接する2つの埠頭（ふとう）の拡張には総額およそ350億円がかかる。',
  '市の推計では、2030年度までに新たに1500人の雇用が生まれるという。',
  '山田太郎市長は記者会見で、国土交通省と協議を続ける考えを示した。',
];
const CODE_ROUNDS = 3;
const CODE_GAP_MS = 100;

/**
 * Builds the engine's lazy tables (the entity tagger's weights, the gazetteers: ~0.2 s on a first
 * run) on the next turn, so it happens while the dictionary files are being fetched.
 */
export function warmTables(): void {
  setTimeout(() => {
    try {
      analyze(TABLES_TEXT, NO_TOKENS, {});
    } catch {
      // A warm-up only: the real analysis reports any error.
    }
  }, 0);
}

/** Idle runs over our own article with `tokenizer`, one paragraph a step, while `alive()` (the dictionary still held). */
export function warmCode(tokenizer: Tokenizer, alive: () => boolean): void {
  let step = 0;
  const run = () => {
    if (!alive() || step >= CODE_ROUNDS * ARTICLE.length) return;
    try {
      analyze(ARTICLE[step++ % ARTICLE.length] as string, tokenizer, { published: '2025-07-03' });
    } catch {
      return;
    }
    setTimeout(run, CODE_GAP_MS);
  };
  setTimeout(run, CODE_GAP_MS);
}
