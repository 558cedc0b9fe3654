import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findDates } from '../../../core/dates';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';
import { dates } from './helpers';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const withTokens = (text: string, published = '2025-07-10') =>
  findDates(text, tokenizeText(text, tokenizer), published).map((d) => [d.text, d.value]);

describe('the forms broadcasters write', () => {
  it('reads the day and year words written in kana', () => {
    // 午後 after a day word is part of its mention, as after 19日 (19日夜).
    expect(withTokens('きょう午後、会見が開かれた。きのうは雨で、あすは晴れる見込みだ。')).toEqual([
      ['きょう午後', '2025-07-10'],
      ['きのう', '2025-07-09'],
      ['あす', '2025-07-11'],
    ]);
    expect(withTokens('おとといの夜から停電している。')).toEqual([['おととい', '2025-07-08']]);
    expect(withTokens('ことしの春は桜が早かった。おととしは遅かった。')).toEqual([
      ['ことしの春', '2025'],
      ['おととし', '2023'],
    ]);
  });

  it('does not read kana day words inside other words', () => {
    expect(withTokens('きょうだいで店を継いだ。')).toEqual([]);
    expect(withTokens('あすなろ園を訪ねた。')).toEqual([]);
  });

  it('names the year of a season: 今季, 今シーズン, 来季', () => {
    expect(withTokens('チームは今季、5位に終わった。来季の巻き返しを誓う。')).toEqual([
      ['今季', '2025'],
      ['来季', '2026'],
    ]);
    expect(withTokens('今シーズン最多の観客が入った。')).toEqual([['今シーズン', '2025']]);
  });

  it('reads the year or day before or after spelled out in words', () => {
    expect(dates('2020年に着工し、次の年に完成した。その前の年は調査に充てた。')).toEqual([
      ['2020年', '2020'],
      ['次の年', '2021'],
      ['前の年', '2019'],
    ]);
    expect(dates('3月2日に入院し、次の日に手術を受けた。')).toEqual([
      ['3月2日', '2025-03-02'],
      ['次の日', '2025-03-03'],
    ]);
  });

  it('keeps a season after a year: 2016年秋 is 2016', () => {
    expect(dates('2019年秋ごろから症状を訴えた。')).toEqual([['2019年秋ごろ', '2019']]);
    expect(dates('昨年冬に閉店した。')).toEqual([['昨年冬', '2024']]);
    expect(dates('昨年暮れに閉店した。')).toEqual([['昨年暮れ', '2024-12']]);
    expect(dates('2021年暮れから休んでいる。')).toEqual([['2021年暮れ', '2021-12']]);
  });

  it('reads named days: 元日, 大みそか', () => {
    expect(withTokens('元日の地震で被害が出た。')).toEqual([['元日', '2025-01-01']]);
    expect(withTokens('来年の元日から値上げする。')).toEqual([['来年の元日', '2026-01-01']]);
    expect(withTokens('大みそかの夜に火事があった。', '2026-01-05')).toEqual([['大みそか', '2025-12-31']]);
    expect(withTokens('元日本代表の選手が引退した。')).toEqual([]);
  });

  it('reads centuries as their hundred years, not before the common era', () => {
    expect(dates('寺は17世紀に建てられ、19世紀末に改修された。')).toEqual([
      ['17世紀', '16XX'],
      ['19世紀末', '18XX'],
    ]);
    expect(dates('二十一世紀の課題だ。')).toEqual([['二十一世紀', '20XX']]);
    expect(dates('紀元前3世紀の遺跡が見つかった。')).toEqual([]);
  });

  it('counts back vague and approximate years: 数年前, 10年ほど前, 3〜4年前', () => {
    expect(dates('数年前から準備してきた。')).toEqual([['数年前', ['2016', '2023']]]);
    expect(dates('十数年前に移り住んだ。')).toEqual([['十数年前', ['2006', '2014']]]);
    // tens before 数: 21 to 29 years back, not 数年前 read from the middle
    expect(dates('二十数年前に移り住んだ。')).toEqual([['二十数年前', ['1996', '2004']]]);
    expect(dates('20数年前に移り住んだ。')).toEqual([['20数年前', ['1996', '2004']]]);
    expect(dates('20年ほど前に開店した。')).toEqual([['20年ほど前', '2005']]);
    expect(dates('3〜4年前に始めた。')).toEqual([['3〜4年前', ['2021', '2022']]]);
    expect(dates('10年前後かかる。')).toEqual([]);
  });

  it('keeps an "about" written before the count back in its mention: 約10年前, 今から約20年前', () => {
    expect(dates('約10年前に開業した。')).toEqual([['約10年前', '2015']]);
    expect(dates('およそ30年前に建てた。')).toEqual([['およそ30年前', '1995']]);
    expect(dates('今から約20年前のことだ。')).toEqual([['今から約20年前', '2005']]);
  });

  it('counts half years back in months: 半年前, 半年くらい前, 1年半前', () => {
    expect(dates('半年くらい前から準備した。')).toEqual([['半年くらい前', '2025-01']]);
    expect(dates('約半年前に始めた。')).toEqual([['約半年前', '2025-01']]);
    expect(dates('1年半前に移った。')).toEqual([['1年半前', '2024-01']]);
    // …not half a year before some event, nor a half year's length.
    expect(dates('開業の半年前に採用した。')).toEqual([]);
    expect(dates('半年間続いた。半年前後かかる。')).toEqual([]);
  });
});

describe('years from the article, not only from the publication date', () => {
  it('puts a month-day that would be after publication in the year the paragraph tells of', () => {
    expect(dates('工場は2019年に完成した。12月3日には操業を始めた。', '2021-10-13')).toEqual([
      ['2019年', '2019'],
      ['12月3日', '2019-12-03'],
    ]);
  });

  it('keeps the publication year for what is still to come, or in another paragraph', () => {
    expect(dates('新型は来月20日に発売し、12月3日には上位機も出す。', '2021-10-13')).toEqual([
      ['来月20日', '2021-11-20'],
      ['12月3日', '2021-12-03'],
    ]);
    expect(dates('工場は2019年に完成した。\n新工場は12月3日に着工する。', '2021-10-13')).toEqual([
      ['2019年', '2019'],
      ['12月3日', '2021-12-03'],
    ]);
  });

  it('reads a two-digit decade near the decade written before it, never after publication', () => {
    expect(dates('1645年の創業。1970年代に医薬に参入し、80年代には輸出を始めた。', '2021-10-13')).toEqual([
      ['1645年', '1645'],
      ['1970年代', '197X'],
      ['80年代', '198X'],
    ]);
    expect(dates('1645年の創業で、80年代に輸出を始めた。', '2021-10-13')).toEqual([
      ['1645年', '1645'],
      ['80年代', '198X'],
    ]);
    expect(dates('20年代に入り市場が伸びた。', '2025-07-10')).toEqual([['20年代', '202X']]);
  });

  it('reads the part of a decade written after it with the decade', () => {
    expect(dates('婚姻数は一九八〇年代前半の水準だ。')).toEqual([['一九八〇年代前半', '198X']]);
    expect(dates('2000年代初めから増えた。')).toEqual([['2000年代初め', '200X']]);
    expect(dates('90年代半ばに流行した。')).toEqual([['90年代半ば', '199X']]);
    expect(dates('1960年代後半に建った。')).toEqual([['1960年代後半', '196X']]);
  });
});

describe('the day or year a report has just named', () => {
  it('reads この日 and この年 as the last day or year named', () => {
    expect(dates('試合は2025年5月3日に行われ、山田はこの日、2安打だった。')).toEqual([
      ['2025年5月3日', '2025-05-03'],
      ['この日', '2025-05-03'],
    ]);
    expect(dates('1964年に開通した。この年、五輪も開かれた。')).toEqual([
      ['1964年', '1964'],
      ['この年', '1964'],
    ]);
  });

  it('leaves out 翌年 / 翌日 after an event when no date anchors it', () => {
    expect(dates('工場が全焼した翌年に再建された。')).toEqual([]);
    expect(dates('事故の翌日に会見を開いた。')).toEqual([]);
    expect(dates('2011年の震災の翌年、町は計画をまとめた。')).toEqual([
      ['2011年', '2011'],
      ['翌年', '2012'],
    ]);
    expect(dates('5日に事故が起きた。事故の翌日に会見を開いた。')).toEqual([
      ['5日', '2025-07-05'],
      ['翌日', '2025-07-06'],
    ]);
    expect(dates('前年に新工場を建てた。')).toEqual([['前年', '2024']]);
    expect(dates('また同年、新社長が就いた。')).toEqual([['同年', '2025']]);
  });
});

describe('days that are no dates', () => {
  it('reads 1日に before a quantity as a rate, and 2泊3日 as a stay', () => {
    expect(dates('工場は1日に約2万個を作る。')).toEqual([]);
    expect(dates('2泊3日の日程で訪れる。')).toEqual([]);
    expect(dates('大会は1日に開幕する。')).toEqual([['1日', '2025-07-01']]);
    // without に: an "about" or "at most" before the quantity
    expect(dates('臨時列車を含め1日最大で443本を運行し、1日約3万人が利用する。')).toEqual([]);
    expect(dates('1日最大の山場を迎えた。')).toEqual([['1日', '2025-07-01']]);
  });

  it('reads 1日に before what a day allows or needs as "per day"', () => {
    expect(dates('新しい窯なら1日に焼ける量が倍になる。')).toEqual([]);
    expect(dates('窓口が1日に受け付けられる件数は限られる。')).toEqual([]);
    expect(dates('大人が1日に必要な水分は2リットルだ。')).toEqual([]);
    expect(dates('式典は1日に開かれる予定だ。')).toEqual([['1日', '2025-07-01']]);
    expect(dates('1日に開かれた総会の出席者数は少なかった。')).toEqual([['1日', '2025-07-01']]);
  });
});

describe('without a publication date', () => {
  it('anchors a month-day or a bare day on the year or month named earlier in the paragraph', () => {
    expect(dates('1964年、10月10日に開会した。', null)).toEqual([
      ['1964年', '1964'],
      ['10月10日', '1964-10-10'],
    ]);
    expect(dates('1964年10月に着任し、15日に会見した。', null)).toEqual([
      ['1964年10月', '1964-10'],
      ['15日', '1964-10-15'],
    ]);
  });

  it('still guesses nothing when the paragraph names no year', () => {
    expect(dates('10月10日に開会した。', null)).toEqual([]);
    expect(dates('1964年に建った。\n10月10日に開会した。', null)).toEqual([['1964年', '1964']]);
  });
});

describe('sports seasons', () => {
  it('reads 2023-24シーズン as the two years it spans', () => {
    expect(dates('2023-24シーズンは5位に終わった。')).toEqual([['2023-24', ['2023', '2024']]]);
    expect(dates('2023-25シーズン')).toEqual([]);
  });
});

describe('週明け, the start of a week', () => {
  it("is the coming Monday, or this week's when told as past; a day after it dates itself", () => {
    // published Thursday 2025-07-10: next Monday is the 14th, this week's the 7th
    expect(withTokens('労使は週明けに再び協議する。')).toEqual([['週明け', '2025-07-14']]);
    expect(withTokens('週明けの外国為替市場で円が売られた。')).toEqual([['週明け', '2025-07-07']]);
    expect(withTokens('審査会は週明けに結論を示した。')).toEqual([['週明け', '2025-07-07']]);
    expect(withTokens('週明け14日に再開する。')).toEqual([['14日', '2025-07-14']]);
  });
});

describe('a kanji day in a dateline', () => {
  it('reads 十日 after the topic and before a comma or a part of the day as that day', () => {
    expect(withTokens('県信用組合は五日、新しい店舗の計画を発表した。')).toEqual([['五日', '2025-07-05']]);
    expect(withTokens('組合側は二十八日夜、交渉の打ち切りを通告した。', '2025-07-30')).toEqual([
      ['二十八日夜', '2025-07-28'],
    ]);
  });

  it('takes a dateline day before the publication day as past when the main verb is (…、…を発表した)', () => {
    // Published the 3rd: the 14th and the twentieth are last month's when the sentence's verb is past.
    expect(withTokens('県漁連は十四日、二〇二五年度の漁獲枠の案を示した。', '2025-07-03')).toEqual([
      ['十四日', '2025-06-14'],
      ['二〇二五年度', '2025'],
    ]);
    expect(withTokens('市教委は20日、新しい通学路の地図を公表しました。', '2025-07-03')).toEqual([
      ['20日', '2025-06-20'],
    ]);
    expect(withTokens('運転手は20日、交差点で車を止め、歩道に乗り上げた。', '2025-07-03')).toEqual([
      ['20日', '2025-06-20'],
    ]);
    // a main verb to come leaves the day to come; a day with に reads its own verb, as before
    expect(withTokens('県漁連は十四日、漁獲枠の案を示す。', '2025-07-03')).toEqual([['十四日', '2025-07-14']]);
    expect(withTokens('町は20日に説明会を開いた。', '2025-07-03')).toEqual([['20日', '2025-06-20']]);
  });

  it('reads it after the topic before に, から or まで too', () => {
    expect(withTokens('町は十五日から、二日間の祭りを開く。')).toEqual([['十五日', '2025-07-15']]);
    expect(withTokens('工事は三日に一度、点検する。')).toEqual([]);
  });

  it('leaves lengths of time, names and one day alone', () => {
    expect(withTokens('修理には十日ほどかかる。工事は三日間続いた。')).toEqual([]);
    expect(withTokens('祭りは十日町で開かれる。')).toEqual([]);
    expect(withTokens('店は一日、三百人を迎えた。')).toEqual([]);
    expect(withTokens('三日坊主で終わった。')).toEqual([]);
  });

  it('reads it after the topic or subject before a verbal noun with する (気象庁が二十日発表した)', () => {
    expect(withTokens('県観光協会が八日発表した夏の入り込み客数は増えた。')).toEqual([['八日', '2025-07-08']]);
    expect(withTokens('両社は二十日提携する。')).toEqual([['二十日', '2025-07-20']]);
    expect(withTokens('国交省は三十一日公表した資料で説明した。', '2025-08-02')).toEqual([['三十一日', '2025-07-31']]);
    expect(withTokens('県は十二月六日発表した。', '2025-12-10')).toEqual([['十二月六日', '2025-12-06']]);
  });

  it('leaves a length of time, a place and a day with no topic before it alone', () => {
    expect(withTokens('調査団が二十日間調査した。')).toEqual([]);
    expect(withTokens('町は六日町駅を改修した。')).toEqual([]);
    expect(withTokens('雨の六日町で開催した。')).toEqual([]);
    expect(withTokens('彼は二十日分支給された。')).toEqual([]);
    expect(withTokens('ここで二十日過ごした。')).toEqual([]);
  });
});

describe('a year made the topic of its sentence', () => {
  it('gives its year to the months of that sentence (昨年は2月に → last February)', () => {
    expect(withTokens('昨年は2月に工場が止まり、今年は3月に再開した。')).toEqual([
      ['昨年', '2024'],
      ['2月', '2024-02'],
      ['今年', '2025'],
      ['3月', '2025-03'],
    ]);
    expect(withTokens('2019年には11月に店を閉じた。')).toEqual([
      ['2019年', '2019'],
      ['11月', '2019-11'],
    ]);
  });

  it('not past its sentence, nor as a modifier (昨年の…)', () => {
    expect(withTokens('昨年は雪が多かった。2月に大雪が降った。')).toEqual([
      ['昨年', '2024'],
      ['2月', '2025-02'],
    ]);
    expect(withTokens('昨年の実績を2月に公表した。')).toEqual([
      ['昨年', '2024'],
      ['2月', '2025-02'],
    ]);
  });
});

describe('a day tied to the last date named (同30日, 翌9日)', () => {
  it('takes the month of the date before it, the link included in the mention', () => {
    expect(withTokens('大雨は5月28日に始まり、同30日に警報が解除された。', '2025-06-04')).toEqual([
      ['5月28日', '2025-05-28'],
      ['同30日', '2025-05-30'],
    ]);
    expect(withTokens('男性は3月8日に搬送され、翌9日に死亡した。')).toEqual([
      ['3月8日', '2025-03-08'],
      ['翌9日', '2025-03-09'],
    ]);
  });

  it('moves to the next month when 翌 names a smaller day', () => {
    expect(withTokens('4月30日に入院し、翌1日に手術を受けた。')).toEqual([
      ['4月30日', '2025-04-30'],
      ['翌1日', '2025-05-01'],
    ]);
  });

  it('reads 同 as a link only when it stands alone', () => {
    expect(withTokens('共同30日に発表した。').map(([t]) => t)).not.toContain('同30日');
  });
});

describe('a verb that goes on with a comma', () => {
  it('shares the past of the main verb at the sentence end', () => {
    // 20日 after the 4th: told in the past it is last month's (開き、…示した)
    expect(withTokens('町は20日に説明会を開き、計画案を示した。', '2025-06-04')).toEqual([['20日', '2025-05-20']]);
    expect(withTokens('市は20日に会議を開いて、方針を決めた。', '2025-06-04')).toEqual([['20日', '2025-05-20']]);
  });

  it('keeps the month when the main verb is not past', () => {
    expect(withTokens('市は20日に会議を開き、方針を決める。', '2025-06-04')).toEqual([['20日', '2025-06-20']]);
  });
});

describe('days a week and a year in its course', () => {
  it('reads 週3日 as so many days a week, not the 3rd', () => {
    expect(withTokens('週3日勤務し、週2日の休みがある。')).toEqual([]);
  });

  it('reads a two-digit year before 中に as the year', () => {
    expect(withTokens('新型機を26年中に発売する。')).toEqual([['26年中', '2026']]);
  });
});

describe('a year that names an issue', () => {
  it('is no date of the story (2024年問題), while an edition or a plain year is', () => {
    expect(withTokens('いわゆる「2024年問題」で運転手が足りない。')).toEqual([]);
    expect(withTokens('2024年に問題が起きた。')).toEqual([['2024年', '2024']]);
  });
});

describe('two lengths of time listed', () => {
  it('reads 10年、20年先 and 20年、30年かけて as lengths, not years', () => {
    expect(withTokens('10年、20年先を見据えて計画する。')).toEqual([]);
    expect(withTokens('20年、30年かけて返済する。')).toEqual([]);
    expect(withTokens('23年、24年は増えた。')).toEqual([
      ['23年', '2023'],
      ['24年', '2024'],
    ]);
  });
});
