import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer, namesOf } from './helpers';

beforeAll(loadTokenizer);

describe('a report of data with its owner as the topic (Xの予測は…だった)', () => {
  it('is the owner’s, with no verb of saying', () => {
    expect(namesOf('民間調査会社の予測は年率0.4%増だった。', ['0.4%'])).toEqual(['民間調査会社']);
    expect(namesOf('日銀の試算は、物価が1.5%上がるというものだ。', ['1.5%'])).toEqual(['日銀']);
    expect(namesOf('県の調査結果は、回答者の3割が反対だった。', ['3割'])).toEqual(['県']);
  });

  it('is an owner named by a proper noun, though its words say nothing of what it is', () => {
    const text = '東芝リサーチ&コンサルティングの予測は39万円台で、各社の見方は分かれた。';
    expect(namesOf(text, ['39万円台'])).toEqual(['東芝リサーチ&コンサルティング']);
    // What owns it is a thing, not a name: no one's.
    expect(namesOf('夏のボーナスの予測は39万円台で、各社の見方は分かれた。', ['39万円台'])).toEqual(['']);
  });

  it('names no one without an owner, nor for a topic that is no report', () => {
    expect(namesOf('予測は年率2%増だった。', ['2%'])).toEqual(['']);
    expect(namesOf('市の人口は12万人だった。', ['12万人'])).toEqual(['']);
  });

  it('with no owner written, is the report the story is about (調査は…実施し、…から回答を得た)', () => {
    const text =
      '東和総研が27日発表した調査によると、不足と答えた企業は51.0%だった。\n業種別では建設が最も高かった。調査は4月に実施し、全国の1万1345社から回答を得た。';
    expect(namesOf(text, ['1万1345社'])).toEqual(['東和総研']);
  });

  it('leaves a sentence with a cue of its own to that cue', () => {
    const text = '国連の推計は、世界の人口が2050年に97億人に達するとしている。';
    expect(namesOf(text, ['97億人'])[0]).toContain('国連');
  });
});

describe('a survey as the topic is its owner’s, not a party (調査は…を対象に行い)', () => {
  it('an owner before の in the sentence conducted it, over the surveyor named before', () => {
    const text =
      '日本北方財団は昨年、働き方に関する意識調査を実施した。調査は全国の3000人を対象に行い、約4割が副業に関心があると答えた。' +
      '東西経済研究所の調査は全国の500社を対象に行い、約2割が値上げを予定していると答えた。';
    expect(namesOf(text, ['約4割', '500社', '約2割'])).toEqual(['日本北方財団', '東西経済研究所', '東西経済研究所']);
  });

  it('a bare 調査は is the survey of whoever conducted one last, with no announcement in force', () => {
    const text = '南海県は昨年12月、県民の意識調査を行った。調査は県内の5000人を対象に実施し、約2100人から回答を得た。';
    expect(namesOf(text, ['5000人', '約2100人'])).toEqual(['南海県', '南海県']);
  });
});
