import { describe, expect, it } from 'vitest';
import { isTurnTranscript } from '../../../../lib/content/page/transcript';
import { paragraphs } from './load';

describe('isTurnTranscript: turns opened by the speaker’s role', () => {
  it('reporters’ and an office’s turns, bracketed or with a colon', () => {
    const bracketed = ['【記者】時期は。', '【知事】来年度中です。', '【記者】説明会は。', '【知事】秋に開きます。'];
    expect(isTurnTranscript(paragraphs(bracketed))).toBe(true);
    const colon = ['記者：時期は。', '市長：来年度中です。', '（幹事社）説明会は。', '市長：秋に開きます。'];
    expect(isTurnTranscript(paragraphs(colon))).toBe(true);
    const chief = ['【記者】費用は。', '【教育長】約3億円です。', '【記者】完成は。', '【教育長】来年の春です。'];
    expect(isTurnTranscript(paragraphs(chief))).toBe(true);
  });

  it('the role alone on the line over each turn, as an office’s record prints it', () => {
    const labelled = [
      '市長',
      '本日は2点、発表いたします。',
      '幹事社',
      '新しい図書館の費用をお聞かせください。',
      '市長',
      '約12億円を見込んでおります。',
      '記者',
      '開館はいつになりますか。',
    ];
    expect(isTurnTranscript(paragraphs(labelled))).toBe(true);
    // A role alone once, over a story's own sentences, is a photo's label or a subhead, not turns.
    const story = ['市長', '市長は15日、図書館の費用を約12億円と明らかにした。', '開館は再来年の春という。'];
    expect(isTurnTranscript(paragraphs(story))).toBe(false);
  });

  it('not one quoted exchange in a report, nor a report naming its speakers in its sentences', () => {
    const story = [
      '知事は18日の会見で、統合の方針を示した。',
      '記者：病床は減るのか。',
      '知事：大きく減らすことは考えていない。',
      '県によると、病床は約600床ある。',
      '知事は「地域の医療を守る」と述べた。',
    ];
    expect(isTurnTranscript(paragraphs(story))).toBe(false);
    const told = [
      '記者会見で知事は時期を問われた。',
      '知事は来年度中と答えた。',
      '市長も会見した。',
      '社長は欠席した。',
    ];
    expect(isTurnTranscript(paragraphs(told))).toBe(false);
  });
});
