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

// A party that is the subject of a poll's figure (…が調査で29%だった) is what the poll measured, not who ran it.
describe('a が-subject before 調査で whose predicate is the copula is measured, not the pollster', () => {
  it.each([
    // paper: two polls listed, だった
    ['政党支持率は、与党・北進党が電話調査で29%、ネット調査で22%だった。', '29%'],
    // broadcaster: でした, a date word before the report
    ['政党別では、北進党が今回の調査で29%でした。', '29%'],
    // となった, a comma after the subject
    ['野党第1党の民生党が、調査で31%となった。', '31%'],
  ])('%s', (text, figure) => {
    expect(sourceOf(text, figure)).not.toMatch(/党/);
  });

  it('but a subject whose cue frames a clause of its own, or whose verb made the report, ran it', () => {
    expect(sourceOf('北浜市が独自の調査で、市内の空き家が1200戸あることを明らかにした。', '1200戸')).toBe('北浜市');
    expect(sourceOf('北浜大学が全国調査で、高校生の3割が睡眠不足だと分かったと発表した。', '3割')).toBe('北浜大学');
    expect(sourceOf('北浜財団が今年２月に実施した調査で、回答者の３割が「不安」と答えた。', '３割')).toBe('北浜財団');
  });
});
