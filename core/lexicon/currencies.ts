/**
 * Currency names that several countries share, so news writes the country before them: カナダドル,
 * シンガポールドル, スイスフラン, オーストラリア・ドル, ブラジルレアル. After a number, a word ending in
 * one (IPADIC has some whole, as counters or plain nouns) or a country's name and one is money.
 */
export const SHARED_CURRENCIES: readonly string[] = [
  ...['ドル', 'フラン', 'ポンド', 'ペソ', 'ルピー', 'レアル', 'リアル', 'ディナール', 'ディルハム'],
  ...['クローネ', 'クローナ', 'シリング', 'ランド', 'リンギ'],
];

/**
 * Currencies by their Japanese name, distilled from CLDR's Japanese currency names (Intl.DisplayNames
 * 'ja', type currency: the last word of each name), as news writes them after a number: 120億クローネ,
 * 5000万ズロチ, 30億ランド. Money, so a conversion after it (120億クローネ（約1800億円）) is read as the
 * outlet's. Left out are names that are common words after a number as well (キープ, チャット, タカ, ラリ,
 * レオン, スム, ソル, プラ, ブル, タラ, キナ, ドラム, コロン, ゴールド).
 */
export const WORLD_CURRENCIES: readonly string[] = [
  ...['円', 'ドル', 'ユーロ', 'ウォン', 'ルーブル', '元', 'ポンド', 'フラン', 'ルピー', 'レアル', 'バーツ', 'ペソ'],
  ...['人民元', '米ドル', '豪ドル', '香港ドル', '台湾ドル', 'リラ', 'ドン', 'ルピア', 'リンギット', 'フリブナ'],
  ...['フリヴニャ', 'クローネ', 'クローナ', 'ズロチ', 'ズウォティ', 'フォリント', 'コルナ', 'レフ', 'クーナ'],
  ...['ディナール', 'ディルハム', 'リアル', 'リヤル', 'シェケル', 'テンゲ', 'マナト', 'ソモニ'],
  ...['ランド', 'ナイラ', 'セディ', 'シリング', 'クワチャ', 'クワンザ', 'メティカル', 'エスクード', 'ギルダー'],
  ...['ボリバル', 'ボリビアーノ', 'グアラニ', 'ケツァル', 'レンピラ', 'バルボア', 'リエル', 'トグログ', 'パタカ'],
  ...['ルフィア', 'ルフィヤ', 'アフガニ', 'ニュルタム'],
];
