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

describe('country letters written together name countries, never a person', () => {
  it('no country letter is typed a person', () => {
    for (const text of [
      '離島支援、日英豪が計10億ドル表明',
      '日英豪の3カ国は共同声明を出した。',
      '日米欧で新薬の承認を申請する方針だ。',
      '日豪印の首脳が会談した。',
      '米中の対立が続いている。',
      '日韓の外相が電話で協議した。',
    ])
      expect(
        entities(text).filter((e) => e.type === 'person'),
        text,
      ).toEqual([]);
  });
  it('a person after them is still a person', () => {
    expect(typed('日英豪の会合で、森山健一外相は演説した。')).toContain('森山健一/person');
  });
});
