import { beforeAll, describe, expect, it } from 'vitest';
import { phraseEndingAt } from '../../../core/sources/name-phrase';
import { sourceTypeOf } from '../../../core/sources/source-type';
import { tokenizeText } from '../../../core/text/tokens';
import { loadTokenizer, realTokenizer, sourceOf, sourcesOf } from './helpers';

beforeAll(loadTokenizer);

describe('source types', () => {
  it.each([
    ['「利益は2倍だ」と佐々木社長は述べた。', '2倍', 'person'],
    ['「利益は2倍だ」とジョンソン議長は述べた。', '2倍', 'person'],
    ['利益は2倍になると、森田氏は語った。', '2倍', 'person'],
    ['利益は2倍になると、捜査関係者は語った。', '2倍', 'anonymous'],
    ['利益は2倍になると、欧米の当局者はみている。', '2倍', 'anonymous'],
    ['消息筋によると、利益は2倍になった。', '2倍', 'anonymous'],
    ['あるアナリストは、利益は2倍になると指摘した。', '2倍', 'anonymous'],
    ['日本自動車工業会によると、生産は2倍になった。', '2倍', 'organization'],
    ['北山製作所によると、利益は2倍になった。', '2倍', 'organization'],
    ['厚生労働省によると、患者は2倍になった。', '2倍', 'government'],
    ['米政府は、支援を2倍にすると発表した。', '2倍', 'government'],
    ['英フィナンシャル・タイムズ紙によると、利益は2倍になった。', '2倍', 'media'],
    ['国営メディアによると、収穫は2倍になった。', '2倍', 'media'],
    ['防衛白書は、予算が2倍になったと指摘している。', '2倍', 'document'],
  ])('%s → %s', (text, figure, type) => {
    expect(sourceOf(text, figure)?.type).toBe(type);
  });

  it('a group’s initials before a place or a word (JR東和, JR北辰) name a company, not a government', () => {
    const text = 'JR東和は9日、運賃を平均6%値上げすると発表した。JR北辰は約80億円の増収を見込んでいる。';
    expect(sourcesOf(text, ['6%', '約80億円']).map((s) => [s?.name, s?.type])).toEqual([
      ['JR東和', 'organization'],
      ['JR北辰', 'organization'],
    ]);
    // JR線, JR駅 (a suffix word after the initials) are the group's line and station, no company of it.
    const typeOf = (name: string) => {
      const tokens = tokenizeText(name, realTokenizer());
      const phrase = phraseEndingAt(tokens, tokens.length - 1, 0);
      return phrase && sourceTypeOf(phrase);
    };
    expect(typeOf('JR東和')).toBe('organization');
    expect(typeOf('JR線')).not.toBe('organization');
    expect(typeOf('JR駅')).not.toBe('organization');
    // A broadcaster's initials before a place are one of its stations: media, as NHK is.
    expect(sourceOf('NHK福岡は5日、視聴率が12%だったと発表した。', '12%')?.type).toBe('media');
    // A place alone still speaks as its government.
    expect(sourceOf('東和県は、予算を2倍にすると発表した。', '2倍')?.type).toBe('government');
  });

  it('initials, a place and a common word (JA北峰高原, JR北浜中央) name one of the group’s bodies too', () => {
    const before = '北峰県農政部によると、県内の農家は約1200戸ある。';
    // paper: の調べでは, a bracketed seat, という
    const paper = `${before}JA北峰高原（北峰市）の調べでは、今月の出荷量は前年を約3割下回る見込みだという。`;
    expect(sourcesOf(paper, ['約1200戸', '約3割']).map((s) => s?.name)).toEqual(['北峰県農政部', 'JA北峰高原']);
    // broadcaster: 集計では, ということです; full-width initials and の調べによると
    expect(sourceOf('JA北峰高原の集計では、被害額は少なくとも6億円に上るということです。', '6億円')?.name).toBe(
      'JA北峰高原',
    );
    expect(sourceOf('ＪＡ南浜みどりの調べによると、買い取り価格は前年より2割高い。', '2割')?.name).toBe(
      'ＪＡ南浜みどり',
    );
    expect(sourceOf('JR北浜中央の発表では、利用者は前年より15%増えた。', '15%')?.name).toBe('JR北浜中央');
    // a station or a line (a suffix word last) still names no body
    expect(sourceOf('JR北浜駅では、1日に3万人が乗り降りする。', '3万人')).toBeNull();
  });

  it('a side of a negotiation or a trial (経営側, 使用者側, 原告側) is a party, as 会社側 is', () => {
    expect(sourceOf('経営側は、月額1万円の賃上げを回答した。', '1万円')?.name).toBe('経営側');
    expect(sourceOf('使用者側は「3%の引き上げは難しい」と述べた。', '3%')?.name).toBe('使用者側');
    expect(sourceOf('原告側は、被害額が約3億円に上ると主張している。', '約3億円')?.name).toBe('原告側');
    // 検察側 stays the government body it was.
    expect(sourceOf('検察側は、被告が200万円を使ったと指摘した。', '200万円')?.type).toBe('government');
    // 経営 alone is an activity, not a party.
    expect(sourceOf('経営は3年連続で赤字だった。', '3年連続')?.type ?? 'byline').toBe('byline');
  });

  it('a count of people or bodies with its number gone (3人 → 人) names no one', () => {
    expect(sourceOf('3人は「報酬は1回3万円だった」と供述している。', '1回3万円')).toBeNull();
    expect(sourceOf('大手3社は、値上げ幅を5%とすると発表した。', '5%')?.name).toBe('大手3社');
  });

  it('a dateline in round brackets before a name is not part of it; a corporate form is', () => {
    const text = '（ワシントン共同）米労働省が発表した雇用統計によると、就業者数は25万人増えた。';
    expect(sourceOf(text, '25万人')?.name).toBe('米労働省');
    expect(sourceOf('（株）ニトリによると、売上高は10%増えた。', '10%')?.name).toBe('（株）ニトリ');
  });

  it('a paper is 紙 after a country (英紙ガーディアン), not a word that starts with 紙', () => {
    expect(sourceOf('英紙ガーディアンによると、利益は2倍になった。', '2倍')?.type).toBe('media');
    // Every country of lexicon/country-letters.ts: Italy's and Canada's papers too.
    expect(sourceOf('伊紙コリエーレによると、観光客は2倍になった。', '2倍')?.type).toBe('media');
    expect(sourceOf('加紙グローブによると、利益は2倍になった。', '2倍')?.type).toBe('media');
    const text = '紙パックの交換は2カ月に1回で済むという。';
    const tokens = tokenizeText(text, realTokenizer());
    const wa = tokens.findIndex((t) => t.surface === 'は');
    const phrase = phraseEndingAt(tokens, wa - 1, 0);
    expect(phrase?.text).toBe('紙パックの交換');
    expect(phrase && sourceTypeOf(phrase)).not.toBe('media');
  });

  it('keeps the qualifiers of an anonymous source', () => {
    expect(sourceOf('利益は2倍になると、欧米の当局者はみている。', '2倍')?.name).toBe('欧米の当局者');
    expect(sourceOf('政府関係者によると、利益は2倍になった。', '2倍')?.name).toBe('政府関係者');
  });
});

describe('an institute named by a suffix word', () => {
  it('院 as IPADIC’s suffix makes an institute: 監察医務院, 医学研究院', () => {
    expect(sourceOf('東京都監察医務院の調べでは、死者の約9割が屋内で見つかった。', '約9割')?.name).toBe(
      '東京都監察医務院',
    );
    expect(sourceOf('北山医学研究院のまとめでは、患者は2倍になった。', '2倍')?.type).toBe('organization');
  });

  it('…while 入院 and 寺院, one word each, are no institute', () => {
    const typeOf = (name: string) => {
      const tokens = tokenizeText(name, realTokenizer());
      const phrase = phraseEndingAt(tokens, tokens.length - 1, 0);
      return phrase && sourceTypeOf(phrase);
    };
    expect(typeOf('北山医学研究院')).toBe('organization');
    expect(typeOf('入院')).toBeNull();
    expect(typeOf('長期入院')).toBeNull();
    expect(typeOf('古い寺院')).toBeNull();
  });
});

describe('a title alone', () => {
  it('is one person for an office (首相), anonymous for a role many hold (アナリスト)', () => {
    expect(sourceOf('首相は「賃上げは5%を目指す」と語った。', '5%')?.type).toBe('person');
    expect(sourceOf('市場アナリストは、株価は2割下がるとみている。', '2割')?.type).toBe('anonymous');
  });
});

describe('papers and magazines', () => {
  it('英誌エコノミスト is media, not an economist', () => {
    expect(sourceOf('英誌エコノミストによると、物価は3%上がった。', '3%')?.type).toBe('media');
  });
});

describe('public and international bodies', () => {
  it('世界保健機関 and 国際通貨基金 are organisations; the longer head decides (情報機関 is government)', () => {
    expect(sourceOf('世界保健機関の推計では、患者は8億人を超える。', '8億人')).toMatchObject({
      name: '世界保健機関',
      type: 'organization',
    });
    expect(sourceOf('国際通貨基金は、成長率が3%になるとの見通しを示した。', '3%')?.type).toBe('organization');
    expect(sourceOf('ウクライナ情報機関によると、兵士は1万人増えた。', '1万人')?.type).toBe('government');
  });
});

describe('units of a body', () => {
  it.each([
    ['県警交通企画課のまとめでは、死者は42人だった。', '42人', '県警交通企画課', 'government'],
    ['市観光課によると、観光客は2割増えた。', '2割', '市観光課', 'government'],
    ['東和食品広報室によると、出荷は3割減った。', '3割', '東和食品広報室', 'organization'],
  ])('%s', (text, figure, name, type) => {
    expect(sourceOf(text, figure)).toMatchObject({ name, type });
  });

  it('a word that merely ends like a unit names no one', () => {
    expect(sourceOf('会議室では、出席者の2割が反対した。', '2割')).toBeNull();
  });

  it('a department (部 as a suffix) of a body is of the body’s kind, and no earlier party’s', () => {
    const text = '東和電力によると、約2万戸が停電した。県農政部の速報値では、農業被害は約3億円に上る。';
    expect(sourcesOf(text, ['約2万戸', '約3億円']).map((s) => s?.name)).toEqual(['東和電力', '県農政部']);
    expect(sourceOf('市健康福祉部の調べでは、患者は12人増えた。', '12人')).toMatchObject({
      name: '市健康福祉部',
      type: 'government',
    });
  });

  it('…but a part of an area is none (市中心部, 県沿岸部), nor a word that ends in 部 (北部)', () => {
    const typeOf = (name: string) => {
      const tokens = tokenizeText(name, realTokenizer());
      const phrase = phraseEndingAt(tokens, tokens.length - 1, 0);
      return phrase && sourceTypeOf(phrase);
    };
    expect(typeOf('県農政部')).toBe('government');
    expect(typeOf('市中心部')).toBeNull();
    expect(typeOf('県沿岸部')).toBeNull();
    expect(typeOf('県北部')).toBeNull();
    expect(sourceOf('市中心部では、約300人が帰宅できなかったと説明した。', '約300人')).toBeNull();
  });
});

describe('places', () => {
  it('a country or city that speaks is its government', () => {
    expect(sourceOf('中国は、国防費を7%増やすと発表した。', '7%')?.type).toBe('government');
  });

  it('and never what 同社 points back to', () => {
    expect(sourceOf('日本は高齢化が進む。同社によると、売上高は2倍になった。', '2倍')).toBeNull();
  });
});

describe('a board of education, shortened (県教委)', () => {
  it('is a government body', () => {
    expect(sourceOf('県教委によると、欠員は50人増えた。', '50人')?.type).toBe('government');
  });
});

describe('a museum, gallery, zoo or library that acts (博物館, 美術館, 動物園, 図書館)', () => {
  const named = (text: string, figure: string) => {
    const s = sourceOf(text, figure);
    return s ? `${s.name}/${s.type}` : '';
  };

  it('is an organisation when it announces, finds out or is cited', () => {
    expect(named('青葉市立博物館は15日、昨年度の来館者数が約24万人だったと発表した。', '約24万人')).toBe(
      '青葉市立博物館/organization',
    );
    expect(named('港北動物園が調べたところ、来園者の約6割が県外からだった。', '約6割')).toBe('港北動物園/organization');
    expect(named('白樺美術館によると、企画展の入場者は8万5000人を超えた。', '8万5000人')).toBe(
      '白樺美術館/organization',
    );
    // 緑川 is a surname to IPADIC: the head word, not the name, says what the library is.
    expect(named('緑川市立図書館は、昨年度の貸出冊数が約52万冊だったと明らかにした。', '約52万冊')).toBe(
      '緑川市立図書館/organization',
    );
  });

  it('but a museum where something happens is no party', () => {
    expect(named('青葉市立博物館で開かれた講演会には約300人が集まった。', '約300人')).toBe('');
  });
});

describe('a branch of a company (支店, 支社)', () => {
  it('is an organisation, though a surname opens its name', () => {
    const text = '東和リサーチ北川支店がまとめた県内の企業倒産は、上半期で48件だった。';
    expect(sourceOf(text, '48件')?.type).toBe('organization');
  });
});

describe('the type cache', () => {
  it('keys on everything typeOf reads: one text read as a group company and as a place gives both types', () => {
    // The same text can reach sourceTypeOf with different facts about it (the tokens around it differ); a
    // cache keyed without groupCompany handed the first answer to the second.
    const phrase = {
      text: 'JR南海',
      hasPerson: false,
      hasProper: true,
      headName: false,
      headPlace: true,
      plainHead: false,
      deedHead: false,
      described: false,
      measure: false,
    } as const;
    expect(sourceTypeOf({ ...phrase, groupCompany: false })).toBe('government');
    expect(sourceTypeOf({ ...phrase, groupCompany: true })).toBe('organization');
  });
});
