import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

// A source is someone who can say something. A bulletin's number, a piece of malware, the class of
// local bodies are no party: where the right one cannot be found, no source is better than a thing.

describe('a numbered bulletin whose owner is an anaphor is the bulletin of the body in force', () => {
  it.each([
    // 同院 (typed later, by the body it points back to) published the 第3報
    [
      '北浜中央病院は3日、攻撃を受けたと発表した。同院が4日に公表した第3報によると、少なくとも8つのシステムが停止した。',
      '少なくとも8つ',
      '北浜中央病院',
    ],
    [
      '南雲町消防本部は8日、火災の概要を明らかにした。同本部が9日にまとめた第２報によると、焼損面積は約420平方メートルだった。',
      '約420平方メートル',
      '南雲町消防本部',
    ],
    [
      '東和大学病院は2日、情報流出の疑いを公表した。同院が出した第5報によりますと、影響を受けた患者は約1200人に上ります。',
      '約1200人',
      '東和大学病院',
    ],
    // negatives: a named owner, and a body that compiled the bulletin, stay theirs
    [
      '北浜中央病院は3日、攻撃を受けたと発表した。北浜中央病院が4日に公表した第3報によると、少なくとも8つのシステムが停止した。',
      '少なくとも8つ',
      '北浜中央病院',
    ],
    ['西崎県は5日、被害の第2報をまとめた。西崎県がまとめた第2報によると、住宅被害は312棟に上った。', '312棟', '西崎県'],
    [
      '北浜中央病院は3日、攻撃を受けたと発表した。同院が4日に公表した報告書によると、少なくとも8つのシステムが停止した。',
      '少なくとも8つ',
      '北浜中央病院',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});
