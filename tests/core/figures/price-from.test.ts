import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const read = (text: string) => figures(text).map((f) => [f.text, f.value, f.bound]);

/**
 * A price "from" (24万9800円から closing a headline or a clause) is a lower bound; and a Latin word and
 * a space before a number with a place word (PC　24万9800円) glue no model number to it (iPhone 16 is one).
 */
describe('prices from a floor', () => {
  it.each([
    ['北辰電機、重さ980グラムのノートPC　24万9800円から', '24万9800円から', 249800],
    ['価格は税込み24万9800円から。', '24万9800円から', 249800],
    ['新型スマホ、9万8000円から', '9万8000円から', 98000],
    ['料金は1泊2万円からで、夕食付きのプランもある。', '1泊2万円から', 20000],
    ['参加費は１人３０００円からです。', '１人３０００円から', 3000],
    ['宿泊プラン（1泊1万5000円から）を用意した。', '1泊1万5000円から', 15000],
  ])('reads a floor in %s', (text, surface, value) => {
    expect(read(text)).toContainEqual([surface, value, 'min']);
  });

  it('reads money after a Latin word and a space when a place word is written in it', () => {
    expect(read('ノートPC　３万円')).toEqual([['３万円', 30000, null]]);
  });

  it.each([
    ['料金を1万円から、2万円に引き上げる。', '1万円'],
    ['価格を3万円から5万円に上げた。', '3万円'],
  ])('reads no floor where から starts a change: %s', (text, surface) => {
    expect(read(text).find((f) => f[0] === surface)?.[2] ?? null).not.toBe('min');
  });

  it.each(['iPhone 16を発売した。', 'Windows 10から移行する。'])('still reads no figure in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
