import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

const sourceOf = (text: string, figure: string) => {
  const f = analyze(text, realTokenizer()).figures.find((g) => g.text.includes(figure));
  return !f?.source || f.source.type === 'byline' || f.source.type === 'none' ? '' : f.source.name;
};

// Two broadcasters' exit polls side by side: each figure is the poll's whose sentence gives it.
describe('a poll named with its broadcaster is the owner of its figures, not the one cited before', () => {
  it.each([
    // paper: も opens the second poll's sentence
    [
      '東和テレビの出口調査では、改革党は90議席前後を得る見通しだ。北浜放送の出口調査も改革党の得票率を43.5%と予測しており、差は3ポイントとなっている。',
      '43.5%',
      '北浜放送',
    ],
    // broadcaster: です/ます, は
    [
      '東和テレビの出口調査によりますと、改革党は90議席前後を得る見通しです。一方、北浜放送の出口調査は、改革党の得票率を41%と予測しています。',
      '41%',
      '北浜放送',
    ],
    // wire: a plain 調査 and とした
    [
      '東和テレビの出口調査では、改革党は90議席前後を得る見通しだ。北浜放送の調査は改革党の得票率を41%とした。',
      '41%',
      '北浜放送',
    ],
  ])('%s', (text, figure, owner) => {
    expect(sourceOf(text, figure)).toContain(owner);
  });

  it('the first poll keeps its own figures', () => {
    const text =
      '東和テレビの出口調査では、改革党は90議席前後を得る見通しだ。北浜放送の出口調査も改革党の得票率を43.5%と予測している。';
    expect(sourceOf(text, '90議席')).toBe('東和テレビ');
  });
});
