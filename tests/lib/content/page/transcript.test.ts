import { describe, expect, it } from 'vitest';
import { isSpeakerLabel } from '../../../../lib/content/page/transcript';

describe('isSpeakerLabel: a speaker’s label in minutes, alone on its line', () => {
  it('a mark, a role and the name in brackets; a name ending in 君; a stage direction', () => {
    for (const label of ['◎議長（大川正人君）', '◆12番（小野寺由香君）', '○山田太郎君', '〔12番（小野寺由香君）登壇〕'])
      expect(isSpeakerLabel(label), label).toBe(true);
  });

  it('not a sentence, a bullet item with a colon, or a name with its age in a story', () => {
    for (const line of [
      '○議長（大川正人君） これより会議を開きます。',
      '○日時：6月17日（火）',
      '山田太郎さん（45）',
      '「来年度中に結論を出したい」（森下知事）',
    ])
      expect(isSpeakerLabel(line), line).toBe(false);
  });
});
