/**
 * Words that, before IPADIC's suffix 値 (名詞,接尾), make a value someone's official figure: 公表値,
 * 公称値, 発表値, カタログ値, メーカー値, 速報値. 「（同社公表値で約48デシベル）」 is the maker's figure,
 * not the reviewer's measurement; 実測値 and 測定値 are whoever measured (the writer, often) and are
 * not listed.
 */
import { type WordTable, wordTable } from './word-table';

/**
 * The stem of an official value, and whether it names its owner by itself: メーカー値 is the maker's;
 * 公表値 is whoever is written before it (同社公表値, 気象庁の速報値) or the party in force.
 */
export const OFFICIAL_VALUE_STEMS: WordTable<'owner' | 'stem'> = wordTable<'owner' | 'stem'>({
  公表: 'stem',
  公称: 'stem',
  発表: 'stem',
  公式: 'stem',
  カタログ: 'stem',
  仕様: 'stem',
  速報: 'stem',
  確報: 'stem',
  確定: 'stem',
  暫定: 'stem',
  推計: 'stem',
  試算: 'stem',
  メーカー: 'owner',
});
