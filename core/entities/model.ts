import { FeatureTable } from './feature-table';
import { type SectionInput, Sections, writeSections } from './model-format';
import { installNameReadings, NameReadings } from './name-readings';
import { installWordClasses, WordClasses } from './word-classes';

/**
 * The entity model: the tagger's weights and the span classifier, read from one binary asset
 * (public/ner/entities.bin, written by scripts/train-ner.mjs). core/ never fetches or reads files: the
 * extension's background fetches the asset and the CLI reads it from disk, then hand the bytes to
 * installEntityModel before the first analysis.
 */
export interface EntityModel {
  /** Number of BIO tags. */
  tags: number;
  /** Transition scores, (tags + 1) × tags, row 0 the sentence start. */
  trans: Float64Array;
  /** Weight of the tagger's own B/I scores for a type, added to the span classifier's logits. */
  vote: number;
  feats: FeatureTable;
  classes: FeatureTable;
  /** The word classes the features were trained with, when the model has them. */
  words: WordClasses | null;
  /** Span classifier weights of the span vector (span-features.ts), classes × its length. */
  classDense: Float32Array | null;
  /** Which readings of people's names a names dictionary confirms (readings.ts). */
  readings: NameReadings | null;
}

/** What the training script hands to encodeEntityModel. */
export interface EntityModelParts {
  tags: number;
  trans: Float64Array;
  vote: number;
  feats: FeatureTable;
  classes: FeatureTable;
  words: WordClasses | null;
  classDense: Float32Array | null;
  readings: NameReadings | null;
}

let installed: EntityModel | null = null;

/** Reads a model buffer: views into `buffer`, nothing parsed. Throws on a malformed buffer. */
export function decodeEntityModel(buffer: ArrayBuffer): EntityModel {
  const s = new Sections(buffer);
  const meta = s.f32('meta');
  const tags = meta[0] as number;
  const trans = s.f64('trans');
  if (trans.length !== (tags + 1) * tags) throw new Error('entity model: transition matrix of the wrong size');
  return {
    tags,
    trans,
    vote: meta[1] as number,
    feats: FeatureTable.read(s, 'feats'),
    classes: FeatureTable.read(s, 'classes'),
    words: s.has('wc.hash') ? WordClasses.read(s) : null,
    classDense: s.has('cls.dense') ? s.f32('cls.dense') : null,
    readings: s.has('nr.surname') ? NameReadings.read(s) : null,
  };
}

/** The model as bytes (scripts/train-ner.mjs writes them to public/ner/entities.bin). */
export function encodeEntityModel(m: EntityModelParts): Uint8Array {
  const sections: SectionInput[] = [
    { name: 'meta', data: Float32Array.of(m.tags, m.vote) },
    { name: 'trans', data: m.trans },
    ...m.feats.sections('feats'),
    ...m.classes.sections('classes'),
    ...(m.words ? m.words.sections() : []),
    ...(m.classDense ? [{ name: 'cls.dense', data: m.classDense }] : []),
    ...(m.readings ? m.readings.sections() : []),
  ];
  return writeSections(sections);
}

/** Installs the model every later analysis uses (the last one installed wins). */
export function installEntityModel(buffer: ArrayBuffer): void {
  installed = decodeEntityModel(buffer);
  installWordClasses(installed.words);
  installNameReadings(installed.readings);
}

/** True once a model is installed. */
export function hasEntityModel(): boolean {
  return installed !== null;
}

/** The installed model; throws when none was installed (a loader forgot installEntityModel). */
export function entityModel(): EntityModel {
  if (!installed) throw new Error('entity model not installed: call installEntityModel with public/ner/entities.bin');
  return installed;
}
