import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

const FACT = '国外に逃れた人は1千万人を超えた。';

// 「これは北山移住機関が20日に公表した最新の報告で明らかにしたものだ」: the report the figure before came
// to light in, and its maker making it known there, name one party — the figure is the maker's.
describe('これは…報告で明らかにしたものだ attributes the sentence before', () => {
  it.each([
    [`${FACT}これは北山移住機関（NMO）が20日に公表した最新の報告で明らかにしたものだ。`, '北山移住機関'],
    [`${FACT}これは北山移住機関が20日に公表した最新の報告で明らかにしたものだ。`, '北山移住機関'],
    [`${FACT}これは北山移住機関が報告で明らかにしたものだ。`, '北山移住機関'],
    [`${FACT}これは北山移住機関（NMO）が報告で明らかにしたものです。`, '北山移住機関'],
    // what already held: passive, plain, a finding in a clause of its own
    [`${FACT}これは北山移住機関が20日に公表した報告で明らかになったものだ。`, '北山移住機関'],
    [`${FACT}これは北山移住機関が明らかにしたものだ。`, '北山移住機関'],
    ['国外に逃れた人は1千万人を超えたことが、北山移住機関の報告で明らかになった。', '北山移住機関'],
  ])('%s', (text, source) => {
    expect(nameOf(text, '1千万人')).toContain(source);
  });

  it('an outlet’s report stays the outlet’s', () => {
    expect(nameOf(`${FACT}これは北山新聞が20日に報じたものだ。`, '1千万人')).toBe('北山新聞');
  });
});
