import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('これは…が…の話として報じたもので: the medium relaying a source reports the sentence before', () => {
  it.each([
    [
      '東和連合は、新たに漁船100隻以上を制裁対象に加える方向で調整している。これは米通信社が複数の外交筋の話として報じたもので、来月にも決まる見通しだという。',
      '100隻以上',
      '米通信社',
    ],
    [
      '北国は、兵士を約3000人追加で派遣する計画だ。これは英紙が政府関係者の話として伝えたもので、派遣は年内に始まるという。',
      '約3000人',
      '英紙',
    ],
  ])('%s', (text, figure, source) => {
    expect(namesOf(text, [figure])).toEqual([source]);
  });

  it.each([
    // A plain clause after もので、 is the outlet's next fact, not the report's.
    ['これは米通信社が複数の外交筋の話として報じたもので、現地では兵士2000人が警戒に当たった。', '2000人'],
  ])('negative: %s', (text, figure) => {
    expect(namesOf(text, [figure])).toEqual(['']);
  });
});
