/**
 * The words that make an election of a place's name in news's short form: 「北杜市長選」, 「秋川県知事選」,
 * 「ウルグアイ大統領選」. News names the place and the post, never the election as a name of its own.
 */
import { type WordTable, wordTable } from './word-table';

/**
 * The post or body elected, with the division's last character it carries when it is written after the
 * place's bare name: 北杜+市長 → 北杜市, 秋川+県知事 → 秋川県; 大統領 and 議会 carry none
 * (ウルグアイ大統領選 → ウルグアイ).
 */
export const ELECTED_POSTS: WordTable<string> = wordTable<string>({
  市長: '市',
  町長: '町',
  村長: '村',
  区長: '区',
  県知事: '県',
  都知事: '都',
  府知事: '府',
  道知事: '道',
  知事: '',
  市議: '市',
  町議: '町',
  村議: '村',
  区議: '区',
  県議: '県',
  都議: '都',
  府議: '府',
  道議: '道',
  大統領: '',
  議会: '',
  上院: '',
  下院: '',
});

/**
 * What follows the post in news's short name of an election: 選 (IPADIC's suffix). The full 選挙
 * (「アメリカ大統領選挙」, 「オーストラリア総選挙」) is the election's own name, an event (Stockmark's
 * convention), so it is left to the tagger.
 */
export const ELECTION_WORDS: readonly string[] = ['選'];
