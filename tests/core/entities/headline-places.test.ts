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

describe('the place closing a regional headline after a space', () => {
  it('is a place when the article names it as one', () => {
    for (const [text, name] of [
      ['路線バス2路線廃止へ　住民「困る」　遠野\n岩手県遠野市の路線バスが廃止される。', '遠野'],
      ['給食費を無償化　来年度から　桜川\n茨城県桜川市は給食費を無償にすると発表した。', '桜川'],
      ['図書館が移転へ　駅前に新館　東和\n東和町は図書館を駅前に移すと決めた。', '東和'],
      // any administrative ending the body writes, prefectures' and foreign states' too
      ['観光客が過去最多に　宿泊税の導入検討　南浜\n南浜府は観光客が過去最多になったと発表した。', '南浜'],
      ['山火事で2万人避難　住宅300棟焼失　ベルデラ\n米ベルデラ州の当局によると、約2万人が避難した。', 'ベルデラ'],
    ] as const) {
      const names = typed(text);
      const named = names.filter((n) => n.startsWith(`${name}/`));
      expect(named.length, text).toBeGreaterThan(0);
      expect(
        named.every((n) => n === `${name}/place`),
        text,
      ).toBe(true);
    }
  });
  it('a company there stays what it is', () => {
    const names = typed('新工場の建設へ　東和ロジテック\n東和ロジテックは新工場を建てると発表した。');
    expect(names).not.toContain('東和ロジテック/place');
  });
});
