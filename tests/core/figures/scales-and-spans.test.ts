import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

const read = (text: string) => figures(text).map((f) => [f.text, f.value ?? [f.min, f.max], f.unit]);

/** マグニチュード（M）は7.1: the scale named with its symbol in brackets still gives the value its unit. */
describe('a magnitude named with its symbol', () => {
  it.each([
    ['地震の規模を示すマグニチュード（M）は7.1と推定される。', 'マグニチュード（M）は7.1', 7.1],
    ['規模を示すマグニチュード(M)は6.2と推定される。', 'マグニチュード(M)は6.2', 6.2],
    ['マグニチュード（Ｍ）が５．８の地震が起きた。', 'マグニチュード（Ｍ）が５．８', 5.8],
    ['地震の規模（マグニチュード）は５．２と推定されている。', '（マグニチュード）は５．２', 5.2],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toEqual([[surface, value, 'M']]);
  });
});

/** 数年に1度: once in a span counted vaguely is that span, as 100年に1度 is. */
describe('once in a vague span', () => {
  it.each([
    ['高潮が数年に1度の頻度で起きる。', '数年に1度', [2, 9]],
    ['この祭りは十数年に１回しか開かれない。', '十数年に１回', [11, 19]],
  ])('%s', (text, surface, span) => {
    expect(read(text)).toEqual([[surface, span, '年']]);
  });

  it('keeps a vague span with another count its own figure', () => {
    expect(read('数日に3回の割合で停電した。').map((f) => f[0])).toEqual(['数日', '3回']);
  });
});
