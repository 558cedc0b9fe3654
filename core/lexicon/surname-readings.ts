/**
 * Katakana spellings of common Korean and Chinese surnames, so a person written in kanji and later in
 * katakana is one: 李成権議員 … リー氏 (李 → リー / イ).
 */
import { type WordTable, wordTable } from './word-table';

/**
 * A surname's spellings for each reader:
 * - `sources`: every spelling under which a source's name is also known (sources/name-variants.ts),
 *   and a two-to-four-kanji phrase starting with a listed surname is a person (sources/source-type.ts);
 * - `entities`: the news spellings that join a name's mentions (entities/coreference.ts), present
 *   only for the surnames the entity rules read (a one-kanji surname glued to a word, 「孫正義」).
 * The two readers were tuned apart and keep their own spellings (金 → キム, ジン, チン for sources, キム
 * for entities): one list for both would change what the analyser finds.
 */
export interface SurnameSpellings {
  readonly sources: readonly string[];
  readonly entities?: readonly string[];
}

/** Every surname with its spellings. */
export const SURNAMES: WordTable<SurnameSpellings> = wordTable<SurnameSpellings>({
  李: { sources: ['リー', 'イ', 'リ'], entities: ['リ', 'イ', 'リー'] },
  金: { sources: ['キム', 'ジン', 'チン'], entities: ['キム'] },
  朴: { sources: ['パク', 'ボク'], entities: ['パク'] },
  崔: { sources: ['チェ', 'ツイ', 'サイ'], entities: ['チェ'] },
  鄭: { sources: ['チョン', 'チェン', 'ジョン'], entities: ['チョン'] },
  姜: { sources: ['カン', 'ジャン', 'チアン'], entities: ['カン'] },
  趙: { sources: ['チョ', 'チャオ', 'ジャオ'], entities: ['チョ'] },
  尹: { sources: ['ユン', 'イン'], entities: ['ユン'] },
  張: { sources: ['チャン', 'ジャン'], entities: ['チャン', 'チョウ'] },
  林: { sources: ['イム', 'リン', 'ハヤシ'], entities: ['リン'] },
  韓: { sources: ['ハン'], entities: ['ハン'] },
  呉: { sources: ['オ', 'ウー', 'ゴ'], entities: ['ウー', 'オ'] },
  申: { sources: ['シン'], entities: ['シン'] },
  徐: { sources: ['ソ', 'シュー', 'ジョ'] },
  権: { sources: ['クォン', 'グォン'], entities: ['クォン'] },
  黄: { sources: ['ファン', 'ホアン', 'コウ'], entities: ['ファン', 'ホアン'] },
  安: { sources: ['アン'] },
  宋: { sources: ['ソン'], entities: ['ソン'] },
  柳: { sources: ['ユ', 'リュウ'] },
  洪: { sources: ['ホン'], entities: ['ホン'] },
  全: { sources: ['チョン'], entities: ['チョン'] },
  高: { sources: ['コ', 'ガオ', 'カオ'] },
  文: { sources: ['ムン', 'ウェン'], entities: ['ムン'] },
  孫: { sources: ['ソン', 'スン'], entities: ['ソン'] },
  梁: { sources: ['ヤン', 'リャン'] },
  白: { sources: ['ペク', 'バイ'] },
  許: { sources: ['ホ', 'シュー'] },
  南: { sources: ['ナム'] },
  盧: { sources: ['ノ', 'ルー'] },
  沈: { sources: ['シム', 'シェン'] },
  劉: { sources: ['リュウ', 'リウ', 'ユ'], entities: ['リュウ'] },
  陳: { sources: ['チン', 'チェン'], entities: ['チェン', 'チン'] },
  王: { sources: ['ワン', 'オウ'], entities: ['ワン', 'オウ'] },
  楊: { sources: ['ヤン', 'ヨウ'], entities: ['ヤン'] },
  周: { sources: ['チョウ', 'ジョウ', 'シュウ'], entities: ['チョウ', 'シュウ'] },
  胡: { sources: ['フー', 'コ'] },
  習: { sources: ['シー', 'シュウ'], entities: ['シー', 'シュウ'] },
  毛: { sources: ['マオ', 'モウ'] },
  江: { sources: ['ジアン', 'コウ'] },
  温: { sources: ['ウェン', 'オン'] },
  郭: { sources: ['グオ', 'カク', 'クァク'] },
  馬: { sources: ['マー', 'マ', 'バ'] },
  蔡: { sources: ['ツァイ', 'サイ'] },
  頼: { sources: ['ライ'] },
  汪: { sources: ['ワン'] },
  曹: { sources: ['ツァオ', 'ソウ', 'チョ'] },
  鄧: { sources: ['トウ', 'ドン', 'デン'] },
  彭: { sources: ['ポン', 'ホウ'] },
  呂: { sources: ['ルー', 'リョ', 'ヨ'] },
  秦: { sources: ['チン', 'シン'] },
  魏: { sources: ['ウェイ', 'ギ'] },
  范: { sources: ['ファン', 'ハン'] },
  葉: { sources: ['イエ', 'ヨウ'] },
  唐: { sources: ['タン', 'トウ'] },
  程: { sources: ['チョン', 'テイ'] },
  任: { sources: ['レン', 'イム', 'ニン'] },
  潘: { sources: ['パン', 'ハン'] },
  方: { sources: ['ファン', 'ホウ', 'バン'] },
});

/** Surname → the spellings a source may be written in (金 → キム, ジン, チン). */
export const SOURCE_SURNAME_READINGS: ReadonlyMap<string, readonly string[]> = new Map(
  [...SURNAMES].map(([k, v]) => [k, v.sources]),
);

/** Surname → the spellings that join an entity's mentions (金 → キム), for the surnames the entity rules read. */
export const ENTITY_SURNAME_READINGS: ReadonlyMap<string, readonly string[]> = new Map(
  [...SURNAMES].flatMap(([k, v]) => (v.entities ? [[k, v.entities] as const] : [])),
);
