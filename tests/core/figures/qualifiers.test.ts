import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

describe('qualifiers before and after the number', () => {
  it.each([
    ['およそ800人が参加した。', 'およそ800人', true, null],
    ['約2千台が回収された。', '約2千台', true, null],
    ['ほぼ40%の世帯が加入した。', 'ほぼ40%', true, null],
    ['参加者は200人程度だった。', '200人程度', true, null],
    ['被害は50棟前後に及ぶ。', '50棟前後', true, null],
    ['90人ほどが避難した。', '90人ほど', true, null],
    ['犠牲者は1000人近くに上る。', '1000人近く', true, 'under'],
    ['球場には1万人近い観客が集まった。', '1万人近い', true, 'under'],
    ['王は70年近い治世を終えた。', '70年近い', true, 'under'],
    ['負傷者は70人余りとなった。', '70人余り', true, 'over'],
    ['支持率は3割強だった。', '3割強', true, 'over'],
    ['投票率は5割弱にとどまった。', '5割弱', true, 'under'],
    ['最大5万人の兵士を動員できる。', '最大5万人', false, 'max'],
    ['最高で8倍に達した。', '最高で8倍', false, 'max'],
    ['申請は3回まで認める。', '3回まで', false, 'max'],
    ['少なくとも40人が死亡した。', '少なくとも40人', false, 'min'],
    ['従業員は1万人以上にのぼる。', '1万人以上', false, 'min'],
    ['損失は2億円超となった。', '2億円超', false, 'over'],
    ['債務は200兆円を超える。', '200兆円を超える', false, 'over'],
    ['出生数は70万人を下回った。', '70万人を下回った', false, 'under'],
    ['12歳未満は無料だ。', '12歳未満', false, 'under'],
    ['費用は3%以下に抑える。', '3%以下', false, 'max'],
    ['定員は40人以下とする。', '40人以下', false, 'max'],
    ['重さが2キロ未満の荷物に限る。', '2キロ未満', false, 'under'],
  ])('%s → %s', (text, surface, approx, bound) => {
    const f = only(text);
    expect([f.text, f.approx, f.bound]).toEqual([surface, approx, bound]);
  });

  it('stacks qualifiers on both sides (およそ300人以上)', () => {
    const f = only('およそ500人以上が集まった。');
    expect([f.text, f.approx, f.bound, f.value]).toEqual(['およそ500人以上', true, 'min', 500]);
  });

  it('does not take を上回る before the number as its bound', () => {
    expect(only('前年を上回る60カ国が参加した。').bound).toBeNull();
  });

  it('reads a per-year prefix into the span but not after a kanji (年3000万円, 今年3人)', () => {
    expect(only('報酬は年3000万円だ。').text).toBe('年3000万円');
    expect(only('今年3人が受賞した。').text).toBe('3人');
  });
});

describe('changes and negatives', () => {
  it.each([
    ['輸出額は前年比4.2%増だった。', '前年比4.2%増', 4.2, 'increase'],
    ['販売台数は前月比1.1%減となった。', '前月比1.1%減', 1.1, 'decrease'],
    ['職員は3000人増の5万人となった。', '3000人増', 3000, 'increase'],
    ['利用者は3倍に増えた。', '3倍', 3, 'increase'],
    ['株価は6%下落した。', '6%', 6, 'decrease'],
  ])('%s → %s', (text, surface, value, change) => {
    const f = only(text.replace('の5万人', ''));
    expect([f.text, f.value, f.change]).toEqual([surface, value, change]);
  });

  it.each([
    ['営業損益は▲4.5%だった。', -4.5],
    ['成長率はマイナス0.3%だった。', -0.3],
    ['純損益は△12億円だった。', -1.2e9],
  ])('%s → %d', (text, value) => {
    expect(only(text).value).toBe(value);
  });

  it('keeps マイナス without a number out (マイナス金利)', () => {
    expect(() => only('日銀はマイナス金利を続ける。')).toThrow(/got none/);
  });
});

describe('short prefixes that belong to a word before them', () => {
  it('takes 計 and 同 only when they stand alone (計12人, 同5位; not 統計, 共同)', () => {
    expect(only('乗客ら計12人が負傷した。').text).toBe('計12人');
    expect(only('統計3万人分を分析した。').text).toBe('3万人分');
    expect(only('昨年は（同5位）だった。').text).toBe('同5位');
  });
});
