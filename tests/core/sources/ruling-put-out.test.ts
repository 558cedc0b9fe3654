import { beforeAll, describe, expect, it } from 'vitest';
import { articleNameOf, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 「東和地裁は14日、懲役18年の判決を下した」: a ruling put out (出す, 下す) is pronounced as one read out
// (言い渡す) is — the court's; what those verbs put out when it is no ruling (補助金, 処分) stays the writer's.
describe('a ruling put out or handed down is the court’s', () => {
  it.each([
    ['東和地裁は14日、懲役18年の判決を下した。', ['18年'], '東和地裁'],
    ['北山地裁は、会社に約3000万円の支払いを命じる判決を出した。', ['約3000万円'], '北山地裁'],
    [
      '東和地裁（田中一郎裁判長）は14日、被告に懲役３年、執行猶予５年の判決を下したということです。',
      ['３年', '５年'],
      '東和地裁',
    ],
    ['北山地裁の山田花子裁判長は、罰金30万円の有罪判決を下した。', ['30万円'], '北山地裁の山田花子裁判長'],
    ['南海地裁は昨年12月、国に計2億円の賠償を命じる判決を出していた。', ['計2億円'], '南海地裁'],
    ['東和高裁は今月、一審の懲役7年を支持し、被告の控訴を棄却する判決を出しました。', ['7年'], '東和高裁'],
    ['南海地裁は、懲役２０年の実刑判決を下しています。', ['２０年'], '南海地裁'],
    ['被告は懲役8年の判決を下された。', ['8年'], ''],
    ['会社は約300万円の見舞金を出した。', ['約300万円'], ''],
    ['市は約50万円の補助金を出した。', ['約50万円'], ''],
    ['審判は3人の選手に退場処分を下した。', ['3人'], ''],
  ])('%s', (text, figures, source) => {
    for (const f of figures) expect(articleNameOf(text, f)).toBe(source);
  });
});
