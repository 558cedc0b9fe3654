import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, articleNameOf as nameOf } from './helpers';

beforeAll(loadTokenizer);

describe('a release stays in force while later paragraphs go on with its subject matter', () => {
  it.each([
    // paper: a paragraph of figures and hearsay passes it on, and 同社の運輸収入 is the company's own account
    [
      '東和電鉄は8日、2025年度の輸送人員が前年度比2.5%増の3億1,000万人だったと発表した。\n内訳をみると、定期利用は前年度並みにとどまった一方、定期外利用は6%増えた。沿線の商業施設の開業が寄与したという。\n同社の運輸収入は500億円で、前年を約3%上回った。',
      '500億円',
      '東和電鉄',
    ],
    // broadcaster: です/ます, the middle paragraph tells by hearsay
    [
      '南海フェリーは3日、昨年の利用者が82万人だったと発表しました。\nこのうち外国人は約15万人で、全体の18%を占めました。観光客の回復が続いているということです。\n夏休み期間の利用は、1日平均で4,100人でした。',
      '4,100人',
      '南海フェリー',
    ],
    // wire: a published report, then a paragraph citing its ministry, then a breakdown
    [
      '農林水産省が5日発表した2025年の農業構造統計によると、農業従事者は前年比4.2%減の111万人だった。\n同省によると、65歳以上が占める割合は71%に上った。\n地域別では、北陸の減少率が6.1%と最も大きかった。',
      '6.1%',
      '農林水産省',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('what the outlet adds is not the release', () => {
  it('background on an industry or the company (雇用しており, 国内シェア) stays the outlet’s', () => {
    const text =
      '東和自動車は8日、4〜6月期の世界販売が前年同期比3%減の240万台だったと発表した。\n欧州では販売が振るわず、12%減った。\nドイツの自動車産業は約78万人を雇用しており、北山政府は支援策を検討している。';
    expect(nameOf(text, '約78万人')).toBe('');
    const share =
      '東和電鉄は8日、2025年度の決算を発表した。売上高は2,100億円だった。\n同社の国内シェアは約10%で、業界3位だ。';
    expect(nameOf(share, '約10%')).toBe('');
  });

  it('a plain sentence in the middle paragraph ends what it passes on', () => {
    const text =
      '北浜市民病院は7日、夜間の救急外来を11月から再開すると発表した。\n医師3人の派遣を受けられることになった。当面は平日の夜に受け付ける。\n休止中は、隣町の病院まで車で40分ほどかけて運ぶ家庭が多かった。';
    expect(nameOf(text, '40分ほど')).toBe('');
  });
});

describe('an account compiled (被害状況をまとめた, 利用実績をまとめた) announces as a report compiled does', () => {
  it.each([
    // paper
    [
      '北浜町消防本部は5日午前9時現在の被害状況をまとめた。町内の倒木は計320本に上り、前日から約50本増えた。',
      '計320本',
      '北浜町消防本部',
    ],
    // broadcaster
    [
      '東和市は、昨年度のシェアサイクルの利用実績をまとめました。貸し出しは延べ4万2,000回でした。',
      '4万2,000回',
      '東和市',
    ],
    // wire, a scene before the subject
    ['台風10号の影響で、南浜県は5日、農業被害の状況をまとめた。被害額は約12億円に上った。', '約12億円', '南浜県'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('まとめた with another object (荷物) announces nothing', () => {
    expect(nameOf('北浜町の住民は荷物をまとめた。避難所には約200人が集まった。', '約200人')).toBe('');
  });
});

describe('answers sorted by reason or item (理由では, 項目では) split the same survey, not a new scene', () => {
  it.each([
    // paper
    [
      '東和水族館は来館者アンケートの結果をまとめた。\n同館によると、満足度は9割を超えた。一方、不満の理由では「駐車場が狭い」が最多の41%だった。',
      '41%',
      '東和水族館',
    ],
    // broadcaster
    [
      '北浜市によりますと、回答した市民の6割が「満足」と答えました。不満の理由では、バスの本数の少なさが35%で最も多くなりました。',
      '35%',
      '北浜市',
    ],
    // wire
    [
      '東和生協が公表した組合員調査によると、値上げを「負担」とした人は72%。項目では、食品が58%で最多だった。',
      '58%',
      '東和生協',
    ],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });

  it('a named place with では still moves to another scene', () => {
    const text = '北浜鉄道によると、本線は終日運休した。北浜空港では、計42便が欠航した。';
    expect(nameOf(text, '計42便')).toBe('');
  });
});
