import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

describe('ratios', () => {
  it.each([
    ['回答者の4割が賛成した。', '4割', 0.4],
    ['打率は3割1分だった。', '3割1分', 0.31],
    ['打率3割2分5厘で首位に立つ。', '3割2分5厘', 0.325],
    ['予算の4分の1を削った。', '4分の1', 0.25],
    ['議席の三分の二を占める。', '三分の二', 0.6667],
    ['若者の5人に1人が利用する。', '5人に1人', 0.2],
    ['社員の半数が在宅勤務だ。', '半数', 0.5],
    ['ほぼ半数が反対した。', 'ほぼ半数', 0.5],
    ['与党が過半数を確保した。', '過半数', 0.5],
    ['利益は半減した。', '半減', 0.5],
    ['受注は倍増した。', '倍増', 2],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.kind]).toEqual([surface, value, 'ratio']);
  });

  it('marks 半減 as a decrease and 過半数 as over', () => {
    expect(only('利益は半減した。').change).toBe('decrease');
    expect(only('与党が過半数を確保した。').bound).toBe('over');
  });

  it('does not read 大半 or 半減期 as figures', () => {
    expect(() => only('大半の店が閉まった。')).toThrow(/got none/);
    expect(() => only('半減期が長い物質だ。')).toThrow(/got none/);
  });

  it('reads 3分 as minutes when no number follows 分の', () => {
    expect(only('3分の遅れが出た。').unit).toBe('分');
  });
});

describe('rates', () => {
  it('spans a per-unit denominator but reports the numerator', () => {
    const f = only('1人当たり5万円を配る。');
    expect([f.text, f.value, f.unit]).toEqual(['1人当たり5万円', 50000, '円']);
    expect(only('1時間に50ミリの雨が降った。').value).toBe(50);
    expect(only('薬は1日2回飲む。').text).toBe('1日2回');
  });
});

describe('durations written without digits', () => {
  it.each([
    ['交渉は半年に及んだ。', '半年', 0.5],
    ['四半世紀ぶりの優勝だ。', '四半世紀ぶり', 25],
    ['創業から半世紀が経った。', '半世紀', 50],
  ])('%s → %s', (text, surface, value) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, '年', 'duration']);
  });
});
