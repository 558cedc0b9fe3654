import { beforeAll, describe, expect, it } from 'vitest';
import { findEntities } from '../../../core/entities';
import { tokenizeText } from '../../../core/text/tokens';
import { articleNameOf, loadTokenizer, realTokenizer, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

// As the CLI reads an article: the tagger's bodies are antecedents of 同社 too.
const sourceIn = (text: string, figure: string) =>
  sourcesOf(text, [figure], findEntities(text, tokenizeText(text, realTokenizer())))[0];

// A company written after its line of business and の: the katakana name is the company's, though
// IPADIC reads ・-joined katakana as a person's, and 同社 after it points back to it, not to the line.
describe('a name after its line of business and の is a company', () => {
  it.each([
    // the maker, its address in brackets, then 同社によると
    [
      'ゲームメーカーのソラノ・エンタテインメント（東京都港区）は4日、新作の販売が100万本を超えたと発表した。\n同社によると、海外の比率は約4割だった。',
      '約4割',
      'ソラノ・エンタテインメント',
    ],
    // a business of 大手, NHK's register
    [
      '化粧品大手のミカゲ・コスメティクスは12日、主力商品を値上げすると発表しました。\n同社によりますと、値上げ幅は最大30%だということです。',
      '最大30%',
      'ミカゲ・コスメティクス',
    ],
    // 会社 as the line, full-width digits
    [
      '格安航空会社のツバサ・エアは２日、今期の業績予想を発表した。\n同社によると、純利益は１２０億円になる見通しだ。',
      '１２０億円',
      'ツバサ・エア',
    ],
    // a line of business alone (配給)
    [
      '配給のミズホシ・ピクチャーズは、新作の公開日を決めたと発表した。\n同社によると、観客の約6割が女性だった。',
      '約6割',
      'ミズホシ・ピクチャーズ',
    ],
    // the name's last word is a word for people (スタッフ), the source first in its sentence
    ['人材派遣大手のフジミ・スタッフは、時給を8%上げると発表した。', '8%', 'フジミ・スタッフ'],
    // a retailer's line (スーパー), after another company's release
    [
      'コンビニ大手のサクラマートは10日、新サービスを始めると発表した。\nスーパーのハナミ・ストアーズは、来月から同様のサービスを始める。同社によると、利用者は100万人を見込む。',
      '100万人',
      'ハナミ・ストアーズ',
    ],
    // a survey it published, with a date between
    [
      '情報セキュリティー会社のノボリ・セキュアラボが先月公表した調査では、事故は12件だった。',
      '12件',
      'ノボリ・セキュアラボ',
    ],
  ])('%s', (text, figure, name) => {
    const s = sourceIn(text, figure);
    expect(s?.name).toContain(name);
    expect(s?.type).toBe('organization');
  });

  it.each([
    ['作家のエマ・ロッシさんは「20年かけて書いた」と話した。', '20年'],
    ['ドイツ人歌手のハンナ・ベッカーは「観客の3割が若者だった」と語った。', '3割'],
    // a line of business before a person named with a title is that person's department
    ['販売のジョン・スミス氏は「売り上げは5%伸びた」と話した。', '5%'],
    ['配給のマイク・ジョンソン社長は、観客が2割増えたと述べた。', '2割'],
  ])('a person stays a person: %s', (text, figure) => {
    expect(sourceIn(text, figure)?.type).toBe('person');
  });
});

// 山野花子教授（疫学）らのチーム: a speciality in brackets before ら is part of the name phrase, which runs
// on to the university (not the broken span らのチーム).
describe('a note in brackets before ら stays inside the team’s name', () => {
  it.each([
    ['東和大の川口誠准教授（老年医学）らのグループは、約2千人を追跡した結果を専門誌に発表した。', '約2千人', '東和大'],
    ['南海工業大学（横浜市）の森田健一教授（材料工学）らのチームによると、強度は15%高まった。', '15%', '南海工業大学'],
    [
      '北山大学の大野さくら講師（心理学）らの研究グループが調べたところ、利用時間は約1.5倍に増えた。',
      '約1.5倍',
      '北山大学',
    ],
    [
      '西都大学の田島修教授（栄養学）らのチームは５日、朝食を抜く人の割合が１２％だったと発表した。',
      '１２％',
      '西都大学',
    ],
    ['青葉大学の佐伯亮教授（地質学）らは、過去20年の記録を調べた結果をまとめた。', '20年', '青葉大学'],
    // IPADIC splits 東山医療大|学: the university is found before its address note all the same
    ['東山医療大学（仙台市）の佐々木健教授（疫学）らの研究グループによると、発症は2割減った。', '2割', '東山医療大学'],
  ])('%s', (text, figure, name) => {
    expect(sourceIn(text, figure)?.name).toContain(name);
  });
});

// 全国の約800店が対象となる: a phrase counting things is no party, so 同社 looks past it to the company.
describe('a phrase holding a count of things is no party', () => {
  it.each([
    [
      '牛丼チェーンを展開するマルタケフーズは14日、値上げを発表した。全国の約800店が対象となる。\n同社によると、仕入れ価格は約1.5倍に上がった。',
      '約1.5倍',
      'マルタケフーズ',
    ],
    [
      'ミヤコ書店は閉店を発表した。都内の約30店が影響を受けるということです。同社によりますと、売り上げは約2割減ったということです。',
      '約2割',
      'ミヤコ書店',
    ],
  ])('%s', (text, figure, name) => {
    expect(sourceIn(text, figure)?.name).toBe(name);
  });

  // the sample of a published report (全国のスーパー約1,000店の販売データ): digits grouped or not, the report
  // is its publisher's
  it.each([
    ['北山省が7日発表した全国のスーパー約1,000店の販売データによると、平均価格は4,077円だった。', '4,077円'],
    ['北山省が発表した全国のスーパー約1,000店の販売データでは、平均価格は前年の約1.8倍となった。', '約1.8倍'],
    ['北山省が7日発表した全国のスーパー約1000店の販売データによると、平均価格は4,077円だった。', '4,077円'],
    ['北山省がこのほどまとめた全国の病院8,200施設の調査では、医師不足と答えた病院は４割だった。', '４割'],
  ])('%s', (text, figure) => {
    expect(articleNameOf(text, figure)).toBe('北山省');
  });

  it('a count of companies still speaks as one (大手3社), and so does a name with a numeral in it', () => {
    expect(sourceIn('大手3社は、値上げ幅を5%とすると発表した。', '5%')?.name).toBe('大手3社');
    expect(sourceIn('第一生命は、保険料を3%下げると発表した。', '3%')?.name).toBe('第一生命');
    // a number inside a unit's name (捜査2課) counts nothing
    expect(sourceIn('北山県警捜査2課によると、被害は300万円だった。', '300万円')?.type).toBe('government');
  });
});
