import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const entities = (text: string) => findEntities(text, tokenizeText(text, tokenizer));
const typed = (text: string): string[] => entities(text).map((e) => `${e.text}/${e.type}`);

describe('a person in brackets after a body is one of its people', () => {
  it('a judge after a court, a president after a company, keep their own kind', () => {
    expect(typed('東和地裁（山川一郎裁判長）は請求を棄却した。')).toEqual(['東和地裁/organization', '山川一郎/person']);
    expect(typed('北陸高裁（村田誠一裁判長）は判決を言い渡した。村田誠一裁判長は述べた。')).not.toContain(
      '村田誠一/organization',
    );
    expect(typed('東和電機（佐藤花子社長）は新工場を建てる。')).toContain('佐藤花子/person');
  });
  it('an abbreviation in brackets is still the same body', () => {
    const [full, short] = entities('宇宙航空研究開発機構（JAXA）は打ち上げを延期した。');
    expect(short?.id).toBe(full?.id);
  });
});
