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
