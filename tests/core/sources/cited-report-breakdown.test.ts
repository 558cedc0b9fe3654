import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// 東和電鉄が20日に発表した輸送実績によりますと、…約520万人でした。⏎このうち、定期外の利用者はおよそ210万人
// で…: a report cited by its publisher (…が発表したXによると) is what the sentence is framed by, not an object
// of another verb, so it is the tally its breakdowns in the next paragraph go on with.
describe('a published report cited by an according-to is broken down in the next paragraph', () => {
  it.each([
    [
      '鉄道の利用が戻っている。\n東和電鉄が20日に発表した昨年度の輸送実績によりますと、利用者は約520万人でした。\nこのうち、定期外の利用者はおよそ210万人で、過去最多となりました。',
      'およそ210万人',
      '東和電鉄',
    ],
    [
      '観光客が増えている。北山県が公表した観光統計によると、宿泊者は延べ380万人だった。\nこのうち外国人は約42万人で、前年の1.5倍に増えた。',
      '約42万人',
      '北山県',
    ],
    [
      '旅館の客足が戻ってきた。全国旅館協会がこのほどまとめた調査によると、客室の稼働率は６８％だった。\nこのうち、温泉地の旅館は７４％に達した。',
      '７４％',
      '全国旅館協会',
    ],
    [
      '市の財政が改善した。東和市が発表した決算によると、市税収入は310億円だった。\n内訳をみると、個人市民税が140億円を占めた。',
      '140億円',
      '東和市',
    ],
    [
      '運動する人が増えています。\n日本フィットネス協会（JFA）が10日に発表した調査によりますと、会員は約420万人でした。\n年代別では、60代以上が3割を占めました。',
      '3割',
      '日本フィットネス協会（JFA）',
    ],
    // negatives: the outlet's own figures broken down, another body's deed, background on the area
    ['市の人口は約12万人だ。\nこのうち65歳以上は約4万人に上る。', '約4万人', ''],
    [
      '観光客が増えている。北山県が公表した観光統計によると、宿泊者は延べ380万人だった。\n一方、南川県は独自に、宿泊者を約210万人と発表した。',
      '約210万人',
      '南川県',
    ],
    [
      '観光客が増えている。北山県が公表した観光統計によると、宿泊者は延べ380万人だった。\n県内の旅館は約900軒ある。',
      '約900軒',
      '',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});
