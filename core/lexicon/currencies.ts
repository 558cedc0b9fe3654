/**
 * Currency names that several countries share, so news writes the country before them: カナダドル,
 * シンガポールドル, スイスフラン, オーストラリア・ドル, ブラジルレアル. After a number, a word ending in
 * one (IPADIC has some whole, as counters or plain nouns) or a country's name and one is money.
 */
export const SHARED_CURRENCIES: readonly string[] = [
  ...['ドル', 'フラン', 'ポンド', 'ペソ', 'ルピー', 'レアル', 'リアル', 'ディナール', 'ディルハム'],
  ...['クローネ', 'クローナ', 'シリング', 'ランド', 'リンギ'],
];
