import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeTokenizer } from '../../../cli/tokenizer';
import { acronymCandidates } from '../../../core/entities/acronyms';
import type { Candidate } from '../../../core/entities/candidate';
import { gazetteerCandidates } from '../../../core/entities/gazetteer';
import { latinNameCandidates } from '../../../core/entities/latin-names';
import { properNounCandidates } from '../../../core/entities/proper-nouns';
import { reconcile } from '../../../core/entities/reconcile';
import { suffixCandidates } from '../../../core/entities/suffix-rules';
import { titleCandidates } from '../../../core/entities/title-rules';
import { tokenizeText } from '../../../core/text/tokens';
import type { Tokenizer } from '../../../core/types';

let tokenizer: Tokenizer;
beforeAll(async () => {
  tokenizer = await loadNodeTokenizer();
});

const names = (text: string, cands: readonly Candidate[]) => cands.map((c) => text.slice(c.start, c.end));

describe('Latin names are people only in a credit', () => {
  it('next to the slash of a photo credit: 「Mika Tanaka/AFP」, 「AFP/Jon Smith」', () => {
    const text = '会見する首相（Mika Tanaka/AFP）。別の写真はAFP/Jon Smith。';
    expect(names(text, latinNameCandidates(text))).toEqual(['Mika Tanaka', 'Jon Smith']);
  });
  it('not a product or a company in running text: 「Visual Studio Code」', () => {
    const text = '同社はVisual Studio Codeの拡張機能を公開した。';
    expect(latinNameCandidates(text)).toEqual([]);
  });
});

describe('title rules', () => {
  it('a field before 選手 or 監督 is no name: 「バレーボール選手」, 「映画監督」', () => {
    const text = 'バレーボール選手として活躍し、のちに映画監督になった。';
    expect(titleCandidates(text, tokenizeText(text, tokenizer))).toEqual([]);
  });
  it('a kind of player before 投手 or 捕手 is no name: 「エース投手」, 「ベテラン捕手」', () => {
    const text = 'エース投手が崩れ、ベテラン捕手も交代した。';
    expect(titleCandidates(text, tokenizeText(text, tokenizer))).toEqual([]);
  });
  it('a name before a team role is: 「山内健太投手コーチ」, 「佐藤主将」', () => {
    const text = '山内健太投手コーチは「球が走っている」と話し、佐藤主将もうなずいた。';
    expect(names(text, titleCandidates(text, tokenizeText(text, tokenizer)))).toEqual(['山内健太', '佐藤']);
  });
  it('plain words kuromoji broke up before a title qualify it: 「特任教授」, 「特任コーチ」 name nobody', () => {
    const text = '大学の特任教授を経て、協会の特任コーチに就いた。';
    expect(titleCandidates(text, tokenizeText(text, tokenizer))).toEqual([]);
  });
  it('a surname before 選手 still is: 「田中選手」', () => {
    const text = '田中選手が先制点を挙げた。';
    expect(names(text, titleCandidates(text, tokenizeText(text, tokenizer)))).toEqual(['田中']);
  });
});

describe('title rules: what holds the title is not always a name', () => {
  const titled = (text: string) => names(text, titleCandidates(text, tokenizeText(text, tokenizer)));
  it('an acronym or a lower-case brand before a title is the body, not the holder: 「JFA会長」, 「ufotable代表」', () => {
    expect(titled('正式にJFA会長に就任する。')).toEqual([]);
    expect(titled('正式にＪＦＡ会長に就任する。')).toEqual([]);
    expect(titled('演出をやりたいとufotable代表の近藤光に伝えた。')).toEqual([]);
  });
  it('a place word after ・ ends a foreign full name, it is no modifier: 「ジョージ・ワシントン将軍」', () => {
    expect(titled('ジョージ・ワシントン将軍に対する陰謀')).toEqual(['ジョージ・ワシントン']);
    expect(titled('ラブロフ露外相が述べた。')).toEqual(['ラブロフ']);
  });
  it('a Latin name written like a name still is: 「Sofuoglu選手」', () => {
    expect(titled('優勝したSofuoglu選手です。')).toEqual(['Sofuoglu']);
  });
  it('a name and title alone in quotes is the title of a work: 「マグマ大使」, 「悪夢ちゃん」', () => {
    expect(titled('番組「マグマ大使」や「悪夢ちゃん」を担当した。')).toEqual([]);
    // Quoted speech that starts with a titled name still names the person.
    expect(titled('「岸田首相の発言は重い」と述べた。')).toEqual(['岸田']);
  });
});

describe('proper-noun runs', () => {
  const proper = (text: string) => names(text, properNounCandidates(tokenizeText(text, tokenizer)));
  it('a piece of a longer word is no name: 「江戸時代」, 「リオ五輪」, 「反ユダヤ」', () => {
    expect(proper('江戸時代の絵師で、リオ五輪の前に反ユダヤ発言を撤回した。')).toEqual([]);
  });
  it('a name standing on its own still is: 「江戸で」, 「リオに」', () => {
    expect(proper('江戸で生まれ、のちにリオに移った。')).toEqual(['江戸', 'リオ']);
  });
  it('Latin letters are left to the acronym and Latin-name rules: 「km」', () => {
    expect(proper('その後、kmが増えた。')).toEqual([]);
  });
});

describe('gazetteer short forms', () => {
  it('全 + a short form is a national contest or chart, not the country: 「全仏オープン」, 「全英チャート」', () => {
    const text = '全仏オープンで優勝し、全英チャート2位。米軍も来た。';
    const hits = gazetteerCandidates(text, tokenizeText(text, tokenizer)).map((c) => text.slice(c.start, c.end));
    expect(hits).not.toContain('仏');
    expect(hits).not.toContain('英');
    expect(hits).toContain('米');
  });
});

describe('suffix rules', () => {
  const suffixed = (text: string) =>
    suffixCandidates(text, tokenizeText(text, tokenizer)).map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
  it('省 after a bare proper name is a province: 「浙江省」, 「湖南省」; a ministry is not: 「ウクライナ保健省」', () => {
    expect(suffixed('湖南省に進出し、浙江省で合流した。')).toEqual(['湖南省/place', '浙江省/place']);
    expect(suffixed('ウクライナ保健省によると')).toEqual(['ウクライナ保健省/organization']);
  });
  it('a ・ between two names lists them: 「中国・蘇州工業園区」, 「ロイター通信・ドイツ通信」', () => {
    expect(suffixed('中国・蘇州工業園区の工場')).not.toContain('中国・蘇州工業/organization');
    expect(suffixed('ロイター通信・ドイツ通信が報じた。')).toEqual(['ドイツ通信/organization']);
  });
  it('a ・ inside a transliterated name joins it, and an event keeps its places: 「大阪・関西万博」', () => {
    expect(suffixed('ニューヨーク・タイムズ社の記者')).toEqual(['ニューヨーク・タイムズ社/organization']);
    expect(suffixed('大阪・関西万博の会場')).toEqual(['大阪・関西万博/event']);
  });
  it('a given name ending in 市 is a person, not a city: 「土屋圭市」; 「岸和田市」 is a city', () => {
    expect(suffixed('土屋圭市監修の映像')).toEqual([]);
    expect(suffixed('岸和田市に住む')).toEqual(['岸和田市/place']);
  });

  it('a plain compound ending in a weak suffix is no name: 「音楽グループ」, 「短波放送」', () => {
    const text = '彼は音楽グループを結成し、短波放送で紹介された。';
    expect(suffixCandidates(text, tokenizeText(text, tokenizer))).toEqual([]);
  });
  it('a counter before the name is not part of it: 「2003年ミナミ商事」', () => {
    const text = '2003年ミナミ商事を設立した。';
    expect(names(text, suffixCandidates(text, tokenizeText(text, tokenizer)))).toEqual(['ミナミ商事']);
  });
  it('a named one is: 「ミナミ放送」', () => {
    const text = 'ミナミ放送は番組を始めた。';
    expect(names(text, suffixCandidates(text, tokenizeText(text, tokenizer)))).toEqual(['ミナミ放送']);
  });
});

describe('acronyms', () => {
  it('media and parts are not organisations: DVD, LAN; an agency still is', () => {
    const text = 'DVDとLANケーブルをJAXAに送った。';
    expect(names(text, acronymCandidates(text))).toEqual(['JAXA']);
  });
  it('capitals beside a digit, hyphen or model mark name a model or code: 「MD-80」, 「BBR1」, 「AA型」, 「COVID-19」', () => {
    const text = 'DC-9/MD-80シリーズ、BBR1、AA型、RT系、ＦＳ２位、COVID-19の流行でNATOとIAEAが動いた。';
    expect(names(text, acronymCandidates(text))).toEqual(['NATO', 'IAEA']);
  });
});

describe('reconcile', () => {
  const tagged: Candidate = { start: 0, end: 4, type: 'organization', source: 'tagger', weight: 10 };
  it('a suffix rule on the same span retypes the tagger span', () => {
    const rule: Candidate = { start: 0, end: 4, type: 'place', source: 'suffix', weight: 4.5 };
    expect(reconcile('あいうえおか', [tagged], [rule])[0]?.type).toBe('place');
  });
  it('a title rule on the same span does not', () => {
    const rule: Candidate = { start: 0, end: 4, type: 'person', source: 'title', weight: 12 };
    expect(reconcile('あいうえおか', [tagged], [rule])[0]?.type).toBe('organization');
  });
});
