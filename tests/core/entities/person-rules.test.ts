import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { findEntities } from '../../../core/entities';
import { isDeictic } from '../../../core/entities/names-nothing';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const marks = (text: string): string[] =>
  findEntities(text, tokenizeText(text, tokenizer)).map((e) => `${e.text}:${e.type}`);

describe('a name, the office it serves, then the title', () => {
  it('the name is read past the office: ブリンケン国務長官, 加藤球団代表, 山田広報部長', () => {
    expect(marks('ブリンケン国務長官が来日した。')).toEqual(['ブリンケン:person']);
    expect(marks('加藤球団代表と話し合った。')).toEqual(['加藤:person']);
    expect(marks('山田広報部長が説明した。')).toEqual(['山田:person']);
    expect(marks('ジョン・ケリー国務長官は述べた。')).toEqual(['ジョン・ケリー:person']);
  });
  it('an office that is a body is marked on its own: バーンズ中央情報局（ＣＩＡ）長官', () => {
    expect(marks('バーンズ中央情報局（ＣＩＡ）長官が訪れた。')).toEqual([
      'バーンズ:person',
      '中央情報局:organization',
      'ＣＩＡ:organization',
    ]);
  });
  it('a listed body or place before the office is its owner, not a person', () => {
    expect(marks('日本サッカー協会会長が述べた。')).toEqual(['日本サッカー協会:organization']);
    expect(marks('トヨタ自動車社長が話した。')).toEqual(['トヨタ自動車:organization']);
  });
  it('single kanji before a title are a name kuromoji broke up, not an office', () => {
    expect(marks('武藤容治経済産業相は会見で話した。')).toEqual(['武藤容治:person']);
  });
});

describe('what is glued to a person’s name is not part of it', () => {
  it('a family word before a given name: 妻雅子さん → 雅子, 長男太郎さん → 太郎', () => {
    expect(marks('俊夫さんの妻雅子さんが請求した。')).toEqual(['俊夫:person', '雅子:person']);
    expect(marks('長男太郎さんが継いだ。')).toEqual(['太郎:person']);
  });
  it('but a one-kanji surname that is also a family word stays: 孫正義会長', () => {
    expect(marks('孫正義会長は述べた。')).toEqual(['孫正義:person']);
  });
  it('a name and what happened to it is no person: 森友改ざん', () => {
    expect(marks('森友改ざんの関連資料は不開示とされた。')).toEqual([]);
  });
  it('a name kuromoji ends in a one-kanji verbal noun is still a person: 戸郷翔征', () => {
    expect(marks('巨人は先発の戸郷翔征が好投した。')).toContain('戸郷翔征:person');
  });
});

describe('words that point at a body name nothing', () => {
  it('自社, 同社, 他社, 各国, 同委員会', () => {
    for (const w of ['自社', '同社', '他社', '各国', '同委員会', '両党']) expect(isDeictic(w)).toBe(true);
    for (const w of ['自民', '本田', '全日空', '同志社']) expect(isDeictic(w)).toBe(false);
    expect(marks('自社の製品と他社の製品を比べた。')).toEqual([]);
  });
});

describe('a reading in brackets', () => {
  it('is a reading, not a name of its own: 佐川宣寿（のぶひさ）', () => {
    expect(marks('佐川宣寿（のぶひさ）理財局長が指示した。').map((m) => m.split(':')[0])).not.toContain('のぶひさ');
  });
});

describe('a role, の, then a surname', () => {
  it('is a person even where the surname reads as a place: 3年目の根尾, 2年目の石川', () => {
    expect(marks('3年目の根尾を起用したが、2年目の石川は故障で離脱した。')).toEqual(['根尾:person', '石川:person']);
    expect(marks('主将の山田が声をかけた。')).toEqual(['山田:person']);
  });
  it('but not the start of a longer phrase: 先発の広島打線', () => {
    expect(marks('先発の広島打線が振るわなかった。').map((m) => m.split(':')[1])).not.toContain('person');
  });
});

describe('the head of a co-operative', () => {
  it('a name before 組合長 is a person, not a co-operative named after them', () => {
    expect(marks('稚内漁協の高橋和夫組合長は「漁獲枠は厳しい」と話した。')).toContain('高橋和夫:person');
    expect(marks('稚内漁協の高橋和夫組合長は「漁獲枠は厳しい」と話した。')).not.toContain('高橋和夫組合:organization');
  });
});

describe('chief officers by their Latin titles', () => {
  it('a name before CFO or ＣＯＯ is a person', () => {
    expect(marks('説明会で北川真一CFO（最高財務責任者）は「利益は増える」と述べた。')).toContain('北川真一:person');
    expect(marks('会見した森田浩二ＣＯＯは話した。')).toContain('森田浩二:person');
  });
  it('but the title alone names nobody', () => {
    expect(marks('同社のCFOは交代する。')).toEqual([]);
  });
});

describe('a title of two words', () => {
  it('准教授 is one title: 准 is not the last character of the name', () => {
    expect(marks('理学部の川口和夫准教授が発表した。')).toContain('川口和夫:person');
    expect(marks('田中准教授が説明した。')).toEqual(['田中:person']);
  });
});
