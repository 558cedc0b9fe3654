import { beforeAll, describe, expect, it } from 'vitest';
import { headlinedNames, loadTokenizer } from './helpers';

beforeAll(loadTokenizer);

// 同相, 同大臣, 同知事, 同教授: 同 and a person's title point back to the nearest person named with that
// title — never to a body, never to someone titled otherwise.
describe('同 + a title resolves to the person named before with that title', () => {
  it.each([
    // paper, によると
    [
      '北川一郎財務相は10日、閣議後の記者会見で補正予算の規模を説明した。同相によると、今年度の税収は約72兆円となる見通しだ。',
      '約72兆円',
      '北川一郎財務相',
    ],
    // broadcaster, によりますと, ということです
    [
      '南野花子厚生労働相はきょう、記者団の取材に応じました。同相によりますと、接種を終えた人はおよそ３万人に上るということです。',
      'およそ３万人',
      '南野花子厚生労働相',
    ],
    // 同大臣 as the topic, a date inserted
    [
      '西田次郎経済産業大臣は閣議のあと記者会見に臨んだ。同大臣は23日までに、補助金を約500億円積み増す考えを示した。',
      '約500億円',
      '西田次郎経済産業大臣',
    ],
    // 同知事, a place-word name of the prefecture before the person
    [
      '東和県の山本和夫知事は記者会見で「復旧を急ぐ」と述べた。同知事によると、避難した人は約1200人に上る。',
      '約1200人',
      '山本和夫知事',
    ],
    // 同教授, the estimate as a noun (試算では)
    [
      '北陵大学の佐藤恵子教授は今年2月に報告書をまとめた。同教授の試算では、損失は約2兆円に達する。',
      '約2兆円',
      '佐藤恵子教授',
    ],
    // katakana name, 同長官, sentence-final と
    [
      '米国のジョン・ミラー国務長官は会見で声明を読み上げた。支援は総額30億ドルになると、同長官は述べた。',
      '30億ドル',
      'ジョン・ミラー国務長官',
    ],
    // 同氏-like, but another titled person in between: the one with the matching title wins
    [
      '田村誠外相は記者団に対し、協議を続けると述べた。一方、東洋商事の山口健社長は慎重な見方を示した。同相は、支援額を約80億円とする方針を明らかにした。',
      '約80億円',
      '田村誠外相',
    ],
    // full-width digits, このほど
    [
      '川原美紀防衛相は閣議後の会見で、装備の調達計画に触れた。同相はこのほど、調達額を１兆２０００億円とする案を示した。',
      '１兆２０００億円',
      '川原美紀防衛相',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });

  it('with no person named with that title, 同相 points to no one else', () => {
    const [name] = headlinedNames(
      '東洋商事の山口健社長は記者会見で新工場の計画を示した。同相によると、予算は約30億円となる。',
      ['約30億円'],
    );
    expect(name).not.toContain('山口');
  });
});

// 同JA, 同NPO: 同 and a body's initials point back to the body whose name opens with them.
describe('同 + initials resolves to the body named before with them', () => {
  it.each([
    [
      '弘前市などを管内とするJA北嶺やまなみは24日、今年産リンゴの出荷量の見通しを明らかにした。同JAによると、平均単価は5,400円と昨年より高い。',
      '5,400円',
      'JA北嶺やまなみ',
    ],
    [
      'JAみなと北部はきょう、コメの概算金を発表しました。同JAによりますと、60キロあたりの概算金はおよそ２万円です。',
      'およそ２万円',
      'JAみなと北部',
    ],
    [
      'NPO法人「ひかり食堂ネット」は今年2月、活動の報告をまとめた。同NPOによると、利用した子どもは延べ約1万2000人だった。',
      '約1万2000人',
      'ひかり食堂ネット',
    ],
  ])('%s', (body, figure, source) => {
    const [name] = headlinedNames(body, [figure]);
    expect(name).toContain(source);
  });
});
