import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A headline figure the body repeats takes the body's source — unless the headline makes it another
// party's news: its topic (韓国、…) or a body as the subject of the figure's stretch (野党が…獲得).
describe('a headline figure that is another party’s news is the outlet’s summary', () => {
  it.each([
    [
      '韓国、今年の国防費は6.2%増\n韓国の国会が5日開幕した。企画財政部が同日公表した予算案によると、国防費は前年比6.2%増となった。',
      '6.2%増',
    ],
    [
      '北山県議選、野党が過半数の28議席獲得\n北山県議選は9日に投開票された。野党が定数55のうち28議席を獲得した。県選挙管理委員会が10日発表した。',
      '28議席',
    ],
  ])('%s', (text, figure) => {
    const first = text.indexOf(figure);
    expect(first).toBeLessThan(text.indexOf('\n'));
    expect(nameOf(text, figure)).toBe('');
  });

  it.each([
    // No other party in the headline: the body's source holds (the dev gold's reading).
    [
      '国産大豆の収穫量24万トン、8%増\n農林水産省は10日、国産大豆の収穫量が24万トンだったと発表した。前年より8%増えた。',
      '24万トン',
      '農林水産省',
    ],
    // The headline's topic is the party itself.
    [
      '東和精機、純利益3割増\n東和精機は12日、3月期の純利益が前期比3割増の120億円になったと発表した。',
      '3割増',
      '東和精機',
    ],
  ])('kept: %s', (text, figure, name) => {
    expect(nameOf(text, figure)).toContain(name);
  });
});
