import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a plan, decision or act read from its doer is the party’s the next sentence says made it known', () => {
  it.each([
    [
      '政府は、電気・ガス料金の補助も7〜9月の3カ月間、再開する方針だ。これは高森経済産業相が20日の閣議後会見で明らかにしたものだ。',
      '3カ月間',
      '高森',
    ],
    [
      '政府は、子育て世帯への給付金を1人あたり2万円とする方針を固めた。これは山岡官房長官が21日の記者会見で明らかにしたものだ。',
      '2万円',
      '山岡',
    ],
    [
      '北浜市は来年度から、市営バスの運賃を230円に引き上げる計画だ。これは市交通局が12日に公表したものだ。',
      '230円',
      '交通局',
    ],
    [
      '政府は、ガソリン補助を今後6カ月延長する方針だ。高森経済産業相が20日の閣議後会見で明らかにした。',
      '6カ月',
      '高森',
    ],
    [
      '政府は、ガソリン補助を今後6カ月延長する方針です。高森経済産業大臣が、20日の閣議のあとの記者会見で明らかにしました。',
      '6カ月',
      '高森',
    ],
    [
      '東和電機は、国内の従業員を3年で約1000人削減する計画だ。同社の佐藤社長が15日の会見で明らかにした。',
      '約1000人',
      '佐藤',
    ],
    [
      '文部科学省は、小学校の教員を5年間で約3800人増やす計画だ。これは同省が25日、明らかにしたものだ。',
      '約3800人',
      '文部科学省',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    ['政府は来年度、防衛費を約8兆円に増やす方針だ。一方、野党は反発を強めている。', '約8兆円', '政府'],
    ['東和電機は、工場を3カ所新設する計画だ。これに対し、地元の住民団体は反対している。', '3カ所', '東和電機'],
    ['政府は、補助を3カ月延長する方針だ。これは、物価高が続いているためだ。', '3カ月', '政府'],
  ])('the doer keeps it when the next sentence names no one who made it known: %s', (text, figure, source) => {
    expect(nameOf(text, figure)).toContain(source);
  });

  it.each([
    ['北浜市は来年度、小学校を3校新設する方針だ。これは市民団体が批判したものだ。', '3校', '北浜市'],
    ['東和電機は、工場を3カ所新設する計画だ。これは地元の住民団体が懸念したものだ。', '3カ所', '東和電機'],
    ['政府は、補助を3カ月延長する方針だ。これは野党が否定したものだ。', '3カ月', '政府'],
  ])(
    'the doer keeps it when the next sentence names who answered it, not who made it known: %s',
    (text, figure, source) => {
      expect(nameOf(text, figure)).toContain(source);
    },
  );
});
