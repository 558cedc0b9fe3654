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

describe('a facility that tells the news is the body that runs it', () => {
  it('a park, a zoo, a logistics centre cited with によると is an organisation', () => {
    expect(typed('倉庫を管理する「東和ロジパーク」によりますと、従業員は全員避難した。')).toContain(
      '東和ロジパーク/organization',
    );
    expect(typed('「みなと野動物公園」によると、キリンの赤ちゃんが生まれた。')).toContain(
      'みなと野動物公園/organization',
    );
    expect(typed('北山動物公園によれば、ゾウは老衰で死んだ。')).toContain('北山動物公園/organization');
  });
  it('the same facility elsewhere stays a place', () => {
    expect(typed('北山動物公園でゾウの誕生会が開かれた。')).toContain('北山動物公園/place');
  });
  it('a country, a prefecture, a city or an area cited stays a place', () => {
    expect(typed('桜川市によると、路線バスは3月末で廃止される。')).toContain('桜川市/place');
    expect(typed('東京都によると、新たな感染者は120人だった。')).toContain('東京都/place');
    expect(typed('フランスによると、交渉は続く見通しだ。')).toContain('フランス/place');
    expect(typed('九州南部によると')).not.toContain('九州南部/organization');
  });
});
