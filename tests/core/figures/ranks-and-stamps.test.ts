import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findFigures } from '../../../core/figures';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

/** [text, value or [min, max], unit] of each figure of `text`. */
function figures(text: string): [string, unknown, string][] {
  return findFigures(text, tokenizeText(text, tokenizer)).map((f) => [f.text, f.value ?? [f.min, f.max], f.unit]);
}

/**
 * 「N番目」 in a ranking of records is a rank the article reports: a record's scope before it (過去,
 * 観測史上, 歴代) or the degree it ranks by after it (2番目の高さ, 3番目の少なさ, 2番目か3番目の高さ).
 * A place in a row (列の2番目, 中位の3番目の世帯) stays no figure, as ordinals do.
 */
describe('a rank among records', () => {
  it.each([
    ['今年の北浜市の降水量は、観測史上2〜3番目の多さになる見通しだ。', [['2〜3番目', [2, 3], '番目']]],
    ['南川県の出生数は過去2番目の少なさだったということです。', [['2番目', 2, '番目']]],
    [
      '今年の平均気温は昨年に次いで2番目か3番目の高さになる見通しだとしている。',
      [
        ['2番目', 2, '番目'],
        ['3番目', 3, '番目'],
      ],
    ],
    ['北浜港の水揚げ量は歴代３番目の規模となった。', [['３番目', 3, '番目']]],
    ['東和電機の受注額は、同社で2番目に多い。', [['2番目', 2, '番目']]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each(['所得で分けた中位の3番目の世帯は負担が重い。', '列の2番目に並んだ男性が話した。', '3番目の議題に移った。'])(
    'reads no rank in %s',
    (text) => {
      expect(figures(text)).toEqual([]);
    },
  );
});

/**
 * 同 before a minute points back to the half or the hour just named (前半12分に先制…同28分に同点,
 * 午後2時に始まり、同30分に): a moment, no length of time. 28分間 still is one.
 */
describe('同N分, a moment', () => {
  it.each([
    '北浜FCは前半12分に先制を許したが、同28分に同点弾を決めた。',
    '南川は後半5分に失点し、同40分に追いついた。',
    '試合は前半10分、北浜の佐藤が先制。同35分には追加点を挙げた。',
    '会議は午後2時に始まり、同30分に終わった。',
  ])('reads no figure in %s', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps a length of time in minutes', () => {
    expect(figures('北浜の選手は同じ試合で28分間プレーした。')).toEqual([['28分間', 28, '分']]);
  });
});

/** 延長十回1死満塁: an extra inning, whatever count of outs follows; 十回を投げ is innings pitched. */
describe('an extra inning', () => {
  it.each(['北辰高は延長十回1死満塁から勝ち越した。', '南川高は延長12回2死から試合を決めた。'])(
    'reads no figure in %s',
    (text) => {
      expect(figures(text)).toEqual([]);
    },
  );

  it('keeps innings pitched', () => {
    expect(figures('東和高の投手は十回を投げて無失点だった。')).toEqual([['十回', 10, '回']]);
  });
});

/** 1回の運行あたり, 1人の利用者当たり: one of what の names is the base of a rate, no count of one. */
describe('the base of a rate written with の', () => {
  it.each(['1回の運行あたりの待ち時間は平均約90分だった。', '1人の利用者当たりの負担が増えたとしています。'])(
    'reads no count of one in %s',
    (text) => {
      expect(figures(text).filter(([t]) => t.startsWith('1'))).toEqual([]);
    },
  );

  it.each([
    ['北浜市は年に1回、防災訓練を開いている。', '1回'],
    ['同社は今年、1回の値上げを実施した。', '1回'],
  ])('keeps the count in %s', (text, fig) => {
    expect(figures(text).map(([t]) => t)).toContain(fig);
  });
});
