import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/analyze';
import type { SpeakerSpan } from '../../../core/types';
import { loadTokenizer, realTokenizer } from './helpers';

beforeAll(loadTokenizer);

/** Each figure's text and its source's name and type, after analysing `text` with `speakers`. */
function sources(text: string, speakers?: SpeakerSpan[]) {
  return analyze(text, realTokenizer(), { published: '2025-07-05', byline: '北浜タイムズ', speakers }).figures.map(
    (f) => [f.text, f.source?.name ?? null, f.source?.type ?? null],
  );
}

/** The span of `line` in `text`, said by `speaker`. */
function span(text: string, line: string, speaker: string): SpeakerSpan {
  const start = text.indexOf(line);
  return { start, end: start + line.length, speaker };
}

const PROSE = '同社は4日、公式アカウントで投稿した。';
const POST = '用意した12万本が完売しました。追加の8万本を来週出荷します。';
const AFTER = '市によると、昨年の来場者は1日平均1200人だった。';
const TEXT = `${PROSE}\n${POST}\n${AFTER}`;

describe('a span with a known speaker (an embedded post) credits its figures to the speaker', () => {
  it('credits a company its post, and leaves the prose around it as it reads', () => {
    const plain = sources(TEXT);
    const credited = sources(TEXT, [span(TEXT, POST, '東和飲料株式会社')]);
    expect(credited).toContainEqual(['12万本', '東和飲料株式会社', 'organization']);
    expect(credited).toContainEqual(['8万本', '東和飲料株式会社', 'organization']);
    expect(credited.find((f) => f[0] === '1日平均1200人')).toEqual(plain.find((f) => f[0] === '1日平均1200人'));
  });

  it('types the speaker from the name: a government body, a person', () => {
    expect(sources(TEXT, [span(TEXT, POST, '北浜市役所')])).toContainEqual(['12万本', '北浜市役所', 'government']);
    expect(sources(TEXT, [span(TEXT, POST, '気象庁')])).toContainEqual(['8万本', '気象庁', 'government']);
    expect(sources(TEXT, [span(TEXT, POST, '川村みどり')])).toContainEqual(['8万本', '川村みどり', 'person']);
  });

  it('keeps a source the post itself names', () => {
    const post = '気象庁によると、雨量は300ミリを超えました。';
    const text = `${PROSE}\n${post}`;
    expect(sources(text, [span(text, post, '東和飲料株式会社')])).toContainEqual([
      '300ミリを超え',
      '気象庁',
      'government',
    ]);
  });

  it('changes nothing without speakers', () => {
    expect(sources(TEXT, [])).toEqual(sources(TEXT));
  });
});
