import { beforeAll, describe, expect, it } from 'vitest';
import { isBareQuote } from '../../../core/sources/bare-quotes';
import { loadTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

const names = (text: string, figures: string[]) =>
  sourcesOf(text, figures).map((s) => (!s || s.type === 'byline' ? '' : s.name));

describe('a paragraph that is nothing but a quote, with no speaker', () => {
  it('is the person quoted last, across the writer’s paragraphs between', () => {
    const text = [
      '中日の山田一郎監督は「選手を信じて任せる」と話した。',
      '最後まで信念を貫いた。',
      '「2年契約だったが、1年ごとが勝負だと思ってやってきた」',
    ].join('\n');
    expect(names(text, ['2年契約'])).toEqual(['中日の山田一郎監督']);
  });

  it('is no one’s when no person was quoted before, or a body was', () => {
    expect(names('最後まで信念を貫いた。\n「2年契約だったが、悔いはない」', ['2年契約'])).toEqual(['']);
    const body = '東和電機は「売り上げは伸びている」とコメントした。\n「新型は5万台売れた」';
    expect(names(body, ['5万台'])).toEqual(['']);
  });

  it('a sentence of the writer’s with quoted words in it is no bare quote', () => {
    expect(isBareQuote('「2年契約だったが、悔いはない」')).toBe(true);
    expect(isBareQuote('「一つ目」「二つ目」。')).toBe(true);
    expect(isBareQuote('「攻め」と「守り」の違いは3点ある。')).toBe(false);
    expect(isBareQuote('「悔いはない」と話した。')).toBe(false);
  });
});
