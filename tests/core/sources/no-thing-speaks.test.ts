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

describe('a lone katakana word as a subject in passing is no antecedent of 同社', () => {
  it.each([
    [
      '調査会社「ミドリ・ラボ」は5日、攻撃にはランサムウェアが使われたと発表した。同社によると、少なくとも30の組織が被害を受けた。',
      '少なくとも30',
      '調査会社「ミドリ・ラボ」',
    ],
    [
      '調査会社「ミドリ・ラボ」（東京都港区）は5日、「ゼタ」と呼ばれるランサムウェアが使われたとの分析結果を明らかにした。同社の調べでは、少なくとも30の組織が被害を受けた。',
      '少なくとも30',
      '調査会社「ミドリ・ラボ」',
    ],
    [
      'セキュリティー会社の北辰セキュアは7日、不正アクセスにはマルウエアが使われたとみられると発表した。同社によると、約2万件の情報が流出した可能性がある。',
      '約2万件',
      'セキュリティー会社の北辰セキュア',
    ],
    [
      '東和電機は10日、新型のエアコンを発売すると発表した。新製品にはインバーターが搭載された。同社によると、消費電力は約2割少ない。',
      '約2割',
      '東和電機',
    ],
    // negatives: a company the article puts forward by は, or one the tagger finds, stays the antecedent
    ['ソラノは9日、新しいゲーム機を発表した。同社によると、初年度に120万台の販売を見込む。', '120万台', 'ソラノ'],
    ['ミナト精工が5日、決算を発表した。同社によると、売上高は約310億円だった。', '約310億円', 'ミナト精工'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('the class of local bodies (町村, 市町村, 都道府県) does not speak', () => {
  it.each([
    [
      '東和総合研究所は9日、県内の将来人口の推計を公表した。このうち12町村では人口が半数以下になり、500人未満の自治体も3町村に上るとした。',
      '500人未満',
      '東和総合研究所',
    ],
    [
      '東和総合研究所は9日、県内の将来人口の推計を公表した。このうち12市町村では人口が半数以下になるとした。',
      '半数以下',
      '東和総合研究所',
    ],
    [
      '北山経済研究所は2日、自治体財政の分析をまとめた。全市町村では歳出の約4割が福祉に充てられているとした。',
      '約4割',
      '北山経済研究所',
    ],
    [
      '南海総研は4日、調査結果を発表した。都道府県では、防災の担当職員が10人未満のところが2割あるとしている。',
      '2割',
      '南海総研',
    ],
    // negatives: a named town, and 市 after a named city, still speak
    ['北山町は8日、来年度から給食費を2000円引き下げると発表した。', '2000円', '北山町'],
    [
      '北山経済研究所は2日、町村会の要望をまとめた。北山町村会によると、加盟する町村の約6割が財源不足に陥っている。',
      '約6割',
      '北山町村会',
    ],
    ['東和市は7日、観光客が前年より12%増えたと発表した。', '12%', '東和市'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});

describe('a bare 市 or 県 after a body named with its city is that city', () => {
  it.each([
    ['北山県南川市教育委員会は5日、小学校の統合案を発表した。市は秋までに説明会を計8回開く予定だ。', '計8回', '南川市'],
    ['南川市教委は5日、小学校の統合案を発表した。市によると、対象の児童は約320人に上る。', '約320人', '南川市'],
    ['北山県教育委員会は5日、高校の再編案を発表した。県は説明会を計6回開く予定だ。', '計6回', '北山県'],
    ['西原町議会は3日、条例案を可決した。町は来年度から補助金を月額5000円に引き上げるとしている。', '5000円', '西原町'],
    // negatives: 都市 inside a section's name and a market (北山市場) name no city; a city named alone wins
    ['北山県都市計画課は5日、再開発の案を発表した。市は説明会を計6回開く予定だ。', '計6回', '市'],
    ['北山市場は5日、年末の取扱量が増えたと発表した。市は説明会を計6回開く予定だ。', '計6回', '市'],
    ['南川市は5日、統合案を発表した。市は秋までに説明会を計8回開く予定だ。', '計8回', '南川市'],
  ])('%s', (text, figure, source) => {
    expect(nameOf(text, figure)).toBe(source);
  });
});
