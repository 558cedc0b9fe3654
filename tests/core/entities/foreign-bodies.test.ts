import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const typed = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}/${e.type}`);

describe('a country letter glued to a state body is that country’s body', () => {
  it('ministries, agencies and armies after 米, 英, 露 …', () => {
    expect(typed('米国務省の報道官は会見で懸念を示した。')).toContain('米国務省/organization');
    expect(typed('英外務省は駐在大使を呼び出した。')).toContain('英外務省/organization');
    expect(typed('仏外務省によると、邦人の被害はない。')).toContain('仏外務省/organization');
    expect(typed('露国防省は新たな演習を始めたと発表した。')).toContain('露国防省/organization');
    expect(typed('米財務省は新たな制裁を科した。')).toContain('米財務省/organization');
  });
  it('neither part is marked apart', () => {
    const names = typed('米国務省は声明を出した。');
    expect(names).not.toContain('米/place');
    expect(names).not.toContain('国務省/organization');
  });
  it('a country letter before a company is still a place of its own', () => {
    expect(typed('米オープンＡＩは新しいモデルを公開した。')).toContain('米/place');
  });
  it('two countries before a body are not one country’s body', () => {
    expect(typed('日米外務省の局長級協議が開かれた。')).not.toContain('米外務省/organization');
  });
});
