import { describe, expect, it } from 'vitest';
import { type TokenCase as Case, tokenDates } from './helpers';

const read = tokenDates();

/**
 * A season written alone as this year's: after a verb that qualifies it (反映される夏以降), or starting
 * what the clause begins (研修を春から始める). Seasons of every year (例年、春から夏にかけて) and words
 * with a season in them (春闘, 夏場所, 秋サケ) stay undated.
 */
describe('a season written alone', () => {
  it.each<Case>([
    ['賃上げが反映される夏以降、実質賃金は伸びるとみています。', '2025-03-10', [['夏', '2025']]],
    ['新工場が稼働する秋以降に出荷を増やす。', '2025-03-10', [['秋', '2025']]],
    ['制度が始まった春以降、利用者が増えた。', '2025-09-10', [['春', '2025']]],
    ['会員企業を支援する研修事業を春から始める。', '2025-01-22', [['春', '2025']]],
    ['北浜市は新しい補助制度を秋から導入するということです。', '2025-06-04', [['秋', '2025']]],
    ['新しい料金は夏ごろから適用される見通しです。', '2025-03-03', [['夏ごろ', '2025']]],
    ['「冬から運賃を改める」と社長は述べた。', '2025-06-04', [['冬', '2025']]],
  ])('%s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });

  it.each<Case>([
    ['例年、春から夏にかけて患者が増える。', '2025-06-04', []],
    ['春から夏にかけて咲く花だ。', '2025-06-04', []],
    ['春闘の回答が出そろった。', '2025-03-14', []],
    ['夏場所は横綱が優勝した。', '2025-05-26', []],
    ['秋サケの漁獲量は減った。', '2025-11-04', []],
    ['夏のボーナスは増える見通しだ。', '2025-06-04', []],
  ])('leaves alone %s', (text, published, want) => {
    expect(read(text, published)).toEqual(want);
  });
});
