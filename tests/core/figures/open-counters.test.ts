import { beforeAll, describe, expect, it } from 'vitest';
import { figures, loadTokenizer, only } from './helpers';

beforeAll(loadTokenizer);

const texts = (text: string) => figures(text).map((f) => f.text);

describe('the open counter grammar: any counter the dictionary knows', () => {
  it.each([
    ['記念の缶バッジ500缶を用意した。', '500缶', 500, '缶'],
    ['新しい傘は12色から選べる。', '12色', 12, '色'],
    ['選手は腕立て20セットをこなす。', '20セット', 20, 'セット'],
    ['報告書は5万字に及ぶ。', '5万字', 50000, '字'],
    ['新線の開業で4駅が新設される。', '4駅', 4, '駅'],
    ['市は周辺の6市3町と協定を結んだ。', '6市', 6, '市'],
    ['コメは1万俵が出荷された。', '1万俵', 10000, '俵'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = figures(text)[0];
    expect([f?.text, f?.value, f?.unit, f?.kind]).toEqual([surface, value, unit, 'count']);
  });

  it('joins a place suffix of the dictionary to the counted noun (11選挙区)', () => {
    const f = only('野党は全国の11選挙区で勝利した。');
    expect([f.text, f.value, f.unit]).toEqual(['11選挙区', 11, '選挙区']);
    expect(only('作業は3工場内で続いた。').unit).toBe('工場');
  });

  it('reads every counter of a list of places', () => {
    expect(texts('県内の6市3町が協議会を作った。')).toEqual(['6市', '3町']);
  });

  it('takes a common noun after digits as what is counted', () => {
    expect([only('新人は初戦で3ゴールを挙げた。').unit, only('賞は7部門で争われる。').unit]).toEqual([
      'ゴール',
      '部門',
    ]);
    expect(only('チームは4連覇を達成した。').text).toBe('4連覇');
    expect(only('新型は6400万画素のカメラを積む。').value).toBe(64000000);
  });

  it('keeps a number that names, orders or dates one thing out', () => {
    for (const text of [
      'ナポレオン3世が即位した。',
      '地下鉄2号線が延伸される。',
      '4番打者が本塁打を放った。',
      '本社は3丁目にある。',
      '彼は高校3年生だ。',
      '店は2代目が継いだ。',
      '新たに214型潜水艦を建造する。',
      '売り場は地下1階にある。',
      '宝くじの1等が出た。',
      '秋田1区から立候補した。',
      '兄はドイツ2部のクラブに移った。',
      '彼女はトップ10に入った。',
      '患者はステージ4がんと診断された。',
      '渋谷109の前で待ち合わせた。',
      '三男が家業を継いだ。',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('counts the kanji noun after a katakana noun and a number (バス3路線), not after a scale word (ステージ4がん)', () => {
    expect(texts('市営の路線バス3路線が3月末で廃止される。')).toEqual(['3路線']);
    expect(texts('駅前のホテル2施設が休業した。')).toEqual(['2施設']);
    expect(texts('各社はスマホ3機種を売り出した。')).toEqual(['3機種']);
    expect(texts('町ではワクチン2種類を使い分ける。')).toEqual(['2種類']);
    expect(texts('今井家のトマト5品目が入賞した。')).toEqual(['5品目']);
    expect(texts('デパート2店舗が閉店する。')).toEqual(['2店舗']);
    expect(texts('市内でタワー2棟の建設が進む。')).toEqual(['2棟']);
    for (const text of [
      'ステージ4がんの治療を受けた。',
      'レベル3対応の車を発表した。',
      'フェーズ2試験で効果を確かめた。',
      'ベスト8進出を決めた。',
      'ゲート5付近で待ち合わせた。',
      'シーズン2開幕を控える。',
      'ウィンドウズ11搭載のパソコンを売る。',
      'プレイステーション5本体を買った。',
      'ベル214ヘリコプターを生産する。',
      'モニタリングサイト1000シギ類の調査。',
    ]) {
      expect(texts(text), text).toEqual([]);
    }
  });

  it('counts children in digits: 2男1女', () => {
    expect(texts('夫妻には2男1女がいる。')).toEqual(['2男', '1女']);
  });

  it('reads a division and derived words as no count (3分割, 一本化)', () => {
    expect(texts('市は事業を3分割して発注する。')).toEqual([]);
    expect(texts('県は窓口を一本化する。')).toEqual([]);
    expect(texts('社会の二極化が進む。')).toEqual([]);
  });

  it('leaves idioms alone (一人前, 一石二鳥)', () => {
    expect(texts('一人前の職人になるまで修業した。')).toEqual([]);
    expect(texts('一石二鳥の効果を狙う。')).toEqual([]);
  });

  it('a lexicon counter must end where the word ends', () => {
    // 3分割 is not 3分, and 3社長 is not 3社.
    expect(texts('会社を3分割した。')).toEqual([]);
  });
});

describe('guards learned from encyclopedia prose', () => {
  it('keeps a percentage before a comma (kuromoji glues 「%、」 into one word)', () => {
    expect(texts('賛成は52.3%、反対は40%だった。')).toEqual(['52.3%', '40%']);
  });

  it('joins 平方 and 立方 to the unit after them', () => {
    const f = only('湖の面積は120平方マイルある。');
    expect([f.text, f.unit, f.kind]).toEqual(['120平方マイル', '平方マイル', 'measure']);
  });

  it('writes volumes as areas are written, one power up (立方メートル → m3, as 平方メートル → m2)', () => {
    const unit = (text: string) => [only(text).unit, only(text).kind];
    expect(unit('タンクには450立方メートルの水が入る。')).toEqual(['m3', 'measure']);
    expect(unit('土砂は約2万㎥に上った。')).toEqual(['m3', 'measure']);
    expect(unit('試料は20立方センチを取った。')).toEqual(['cm3', 'measure']);
    expect(unit('敷地は3000平方メートルある。')).toEqual(['m2', 'measure']);
  });

  it('reads 光年 as a length, not a count of years', () => {
    const f = only('その銀河は地球から約250万光年離れている。');
    expect([f.text, f.value, f.unit, f.kind]).toEqual(['約250万光年', 2500000, '光年', 'measure']);
  });

  it('leaves one kanji digit and a counter alone: they are words (二重, 一戦, 七輪)', () => {
    expect(texts('彼は二重国籍を持つ。')).toEqual([]);
    expect(texts('伝統の一戦に臨む。')).toEqual([]);
    expect(texts('七輪で魚を焼いた。')).toEqual([]);
  });

  it('counts one kanji digit and a counter that a verb holds or takes to that count', () => {
    const stay = only('出張は日帰りをやめ、一泊にとどめる。');
    expect([stay.text, stay.value, stay.unit]).toEqual(['一泊', 1, '泊']);
    expect(only('滞在を三泊に延ばした。').text).toBe('三泊');
    expect(only('港には漁船が五隻以上集まった。').text).toBe('五隻以上');
    expect(texts('二重にかぎをかけた。')).toEqual([]);
  });

  it('does not count hundredths of a second or a year in a title', () => {
    expect(texts('決勝は46秒26の記録だった。')).toEqual(['46秒26']);
    expect(texts('おもちゃ大賞2022の大賞に選ばれた。')).toEqual([]);
  });

  it('reads no score in an address and no term in a year written with a zero', () => {
    expect(texts('本社は中央3-5にある。')).toEqual([]);
    expect(texts("'08年公演で話題になった。")).toEqual([]);
  });
});

describe('digits before a word that starts with a kanji numeral', () => {
  it('ends the number where the word starts (5四半期 is five quarters, not 54)', () => {
    const f = only('売上高は4四半期ぶりに減った。');
    expect([f.text, f.value, f.unit]).toEqual(['4四半期ぶり', 4, '四半期']);
    const g = only('市内の3百貨店が合同で催しを開く。');
    expect([g.text, g.value, g.unit, g.kind]).toEqual(['3百貨店', 3, '百貨店', 'count']);
  });

  it('still reads kanji numerals that belong to the number', () => {
    expect(only('来場者は1万5千人に達した。').value).toBe(15000);
    expect(only('予算は3千万円を見込む。').value).toBe(30000000);
  });
});

describe('money in a currency several countries share', () => {
  it.each([
    ['同国への支援は5億カナダドルに上る。', '5億カナダドル', 500000000, 'カナダドル'],
    ['賠償額は30万スイスフランだった。', '30万スイスフラン', 300000, 'スイスフラン'],
    ['契約額は12億オーストラリア・ドルとなる。', '12億オーストラリア・ドル', 1200000000, 'オーストラリアドル'],
    ['基金に4億ニュージーランドドルを積んだ。', '4億ニュージーランドドル', 400000000, 'ニュージーランドドル'],
  ])('%s → %s', (text, surface, value, unit) => {
    const f = only(text);
    expect([f.text, f.value, f.unit, f.kind]).toEqual([surface, value, unit, 'money']);
  });

  it('leaves a plain noun that ends like a currency a count', () => {
    expect([only('新たに3ブランドを投入した。').kind, only('操作に2ハンドルを使う。').kind]).toEqual([
      'count',
      'count',
    ]);
  });
});

describe('a stat line of plain nouns (2ゴール3アシスト)', () => {
  it('counts each noun after its number, the second not taken for a name before a number', () => {
    expect(texts('主将は18得点12リバウンド7アシストを挙げた。')).toEqual(['18得点', '12リバウンド', '7アシスト']);
    expect(texts('新人が1ゴール1アシストの活躍を見せた。')).toEqual(['1ゴール', '1アシスト']);
  });

  it('still reads a rate after a counter and a stage after a katakana word', () => {
    expect(only('弁当は1人2000円の予算で用意した。').text).toBe('1人2000円');
    expect(texts('父はステージ3がんを克服した。')).toEqual([]);
  });
});

describe('papers and magazines (名詞,接尾,一般)', () => {
  it('counts them after a number', () => {
    expect(only('在京の5紙が一斉に報じた。').text).toBe('5紙');
    expect(only('業界の2誌が特集を組んだ。').text).toBe('2誌');
    expect(texts('英紙の記者が質問した。')).toEqual([]);
  });
});

describe('a building\u2019s floors (地上30階、地下3階)', () => {
  it('reads floors above and below ground written as a pair as its size', () => {
    const fs = figures('新庁舎は地上24階、地下2階の計画だ。');
    expect(fs.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['24階', 24, '階'],
      ['2階', 2, '階'],
    ]);
    expect(texts('地上12階・地下1階建てに建て替える。')).toEqual(['12階', '1階建て']);
  });

  it('reads the pair with the floors below ground first', () => {
    expect(texts('地下3階、地上15階建ての複合ビルを建てる。')).toEqual(['3階', '15階建て']);
    expect(texts('本館は地下1階・地上6階の構造。')).toEqual(['1階', '6階']);
  });

  it('leaves a floor that places something alone', () => {
    expect(texts('受付は地下1階にある。')).toEqual([]);
    expect(texts('地上2階から地下1階へ移った。')).toEqual([]);
  });
});

describe('dividing into a number of groups (2組に分ける)', () => {
  it('counts the groups a designating counter divides into', () => {
    expect(only('受講者を2組に分けて比べた。').text).toBe('2組');
    expect(only('生徒は4班に分かれて発表した。').text).toBe('4班');
  });

  it('counts the parts a work is made of (3部作, 2部構成)', () => {
    const f = only('映画は3部作で公開される。');
    expect([f.text, f.value, f.unit]).toEqual(['3部作', 3, '部作']);
    expect(only('式典は2部構成で行う。').text).toBe('2部');
  });

  it('still reads a class or a division as a designation', () => {
    expect(texts('娘は2組の学級委員だ。')).toEqual([]);
    expect(texts('チームは1部に昇格した。')).toEqual([]);
    expect(texts('第3隊が先に着いた。')).toEqual([]);
  });

  it('counts units of a team (隊) once the number is no designation', () => {
    expect(only('市内の消防隊120隊が出動した。').text).toBe('120隊');
  });

  it('counts a small number of units when the kind is named before it or a counting word leads', () => {
    expect(only('消防は救急隊5隊を出動させた。').text).toBe('5隊');
    expect(only('作業班2班が現地に入った。').text).toBe('2班');
    expect(only('ポンプ車など3隊が出動した。').text).toBe('3隊');
    expect(only('約3隊が派遣された。').text).toBe('約3隊');
    // a class with no kind before it stays a designation
    expect(texts('1年3組の担任が話した。')).toEqual([]);
  });
});

describe('counted nouns the dictionary splits or begins with a number', () => {
  it('counts 階級 though IPADIC reads 階 and 級 apart', () => {
    expect(figures('柔道は体重別の7階級で争う。計14階級に選手を送る。').map((f) => [f.text, f.unit, f.value])).toEqual([
      ['7階級', '階級', 7],
      ['計14階級', '階級', 14],
    ]);
    expect(texts('本社は地下1階にある。')).toEqual([]);
  });

  it('counts Nの and a kind named by a number and its counter (1人区, 7人制)', () => {
    expect(only('野党は全国28の1人区で候補を絞った。').value).toBe(28);
    expect(only('大会には9の7人制チームが出る。').value).toBe(9);
    expect(texts('1人区で候補を絞った。')).toEqual([]);
  });
});
