import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('an according-to in the next sentence that goes on about the same count is its source', () => {
  it.each([
    ['花火大会には約12万人が訪れた。実行委によると、来場者は昨年より約2万人多かった。', '12万人', '実行委'],
    ['花火大会には約12万人が訪れた。実行委員会によると、来場者数は過去最多だった。', '12万人', '実行委員会'],
    // NHK register, full-width digits
    ['沿道には約３万人が詰めかけました。主催者によりますと、人出は去年を上回ったということです。', '３万人', '主催者'],
    // the report named with の, a modifier before the count
    ['花火大会には約12万人が訪れた。実行委員会の発表によると、今年の来場者は過去最多だった。', '12万人', '実行委員会'],
    ['イベントには約5千人が参加した。市によると、参加者の約半数が県外からだった。', '5千人', '市'],
  ])('%s → %s', (text, surface, want) => {
    expect(nameOf(text, surface)).toBe(want);
  });

  it.each([
    // the next sentence goes on about something else
    ['祭りには約40万人が訪れた。実行委員会によると、会場周辺では交通規制が敷かれた。', '40万人'],
    ['花火大会には約12万人が訪れた。警察によると、会場近くで男性がけがをした。', '12万人'],
    ['花火大会には約12万人が訪れた。実行委員会によると、打ち上げた花火は約2万発だった。', '12万人'],
    // the next paragraph does not reach back
    ['花火大会には約12万人が訪れた。\n実行委員会によると、来場者数は過去最多だった。', '12万人'],
  ])('%s stays unattributed', (text, surface) => {
    expect(nameOf(text, surface)).toBe('');
  });
});
