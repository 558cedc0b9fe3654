import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, nameOf } from './helpers';

beforeAll(loadTokenizer);

// What a speaker's quote is about, written as the object just before it, is told by the speaker too:
// 同社は、営業利益（従来予想は80億円）への影響を「精査中」としている.
describe('a figure in the object a quote is about', () => {
  it.each([
    // the body's own forecast in brackets, を then the quote
    ['北浜精工は、今期の営業利益（従来予想は80億円）への影響を「精査している」としている。', '80億円', '北浜精工'],
    // a person's target, を「…」と述べた
    ['東和鉄道の山本社長は、乗客数1日30万人の目標を「必ず達成したい」と述べた。', '30万人', '東和鉄道の山本社長'],
    // について before the quote, broadcaster register
    ['市の担当者は、およそ2億円の追加費用について「やむを得ない」と話しています。', 'およそ2億円', '市の担当者'],
  ])('%s', (text, figure, speaker) => {
    expect(nameOf(text, figure)).toBe(speaker);
  });

  it.each([
    // a comma ends the object's clause: the circumstance is the writer's
    ['東和鉄道の山本社長は、乗客が3割減ったことを受け、「運賃を見直す」と述べた。', '3割'],
    // the figure after the quote is not what it is about
    ['北浜精工は「精査している」としているが、市場では数十億円の下振れが見込まれる。', '数十億円'],
  ])('stays the outlet’s: %s', (text, figure) => {
    expect(nameOf(text, figure)).toBe('');
  });
});
