import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('what a body recommends is its own advice (推奨, 勧める), as a demand is', () => {
  it.each([
    ['世界保健機関（WHO）は成人に、週150〜300分程度の中強度の運動を推奨している。', '150〜300分', '世界保健機関'],
    ['日本高血圧学会は、食塩の摂取量を1日6グラム未満にするよう推奨しています。', '6グラム', '日本高血圧学会'],
    ['厚生労働省は、1日に野菜を350グラム以上とることを勧めている。', '350グラム', '厚生労働省'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it('a habit is no recommendation', () => {
    expect(nameOf('山田さんは毎朝30分歩くことを日課にしている。', '30分')).toBe('');
  });
});
