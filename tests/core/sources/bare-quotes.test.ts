import { beforeAll, describe, expect, it } from 'vitest';
import { isBareQuote, isQuestion } from '../../../core/sources/bare-quotes';
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

  it('in a Q&A, the person the lead-in interviewed answers; the questions are the outlet’s', () => {
    const text = [
      'サッカーの佐藤健二選手（24）に、新しい季節への思いを聞いた。',
      '――昨季は30試合で9得点。手応えは。',
      '「9得点は自信になった。チームが7位だったのは悔しい」',
      '――今季の目標は。',
      '2桁得点です。チームは5位以内を目指します。',
    ].join('\n');
    expect(names(text, ['30試合', '9得点', '9得点', '7位', '5位以内'])).toEqual([
      '',
      '',
      'サッカーの佐藤健二選手',
      'サッカーの佐藤健二選手',
      'サッカーの佐藤健二選手',
    ]);
  });

  it('a sentence of the writer’s with quoted words in it is no bare quote', () => {
    expect(isBareQuote('「2年契約だったが、悔いはない」')).toBe(true);
    expect(isBareQuote('「一つ目」「二つ目」。')).toBe(true);
    expect(isBareQuote('「攻め」と「守り」の違いは3点ある。')).toBe(false);
    expect(isBareQuote('「悔いはない」と話した。')).toBe(false);
    expect(isQuestion('――今季の目標は。')).toBe(true);
    expect(isQuestion('Ｑ　今季の目標は')).toBe(true);
    expect(isQuestion('今季の目標は5位以内だ。')).toBe(false);
    expect(isQuestion('－3月に工場を増やす')).toBe(false);
  });
});
