import type { WordInfo, WordTokenizer } from '../core/text/tokens';
import type { RawToken } from '../core/types';
import { FeatureReader } from './features';
import { type DictionaryImage, readImage, UNKNOWN_WORDS } from './image';
import { Lattice } from './lattice';

/** kuromoji cuts its input after each 、 and 。 and finds the best path per piece (BOS…EOS each). */
const PIECE_END = /[、。]/g;

/** The fields of kuromoji's own token objects, in its order (an unknown word has no reading). */
interface KuromojiToken extends RawToken {
  word_id: number;
  conjugated_type?: string;
  conjugated_form?: string;
  pronunciation?: string;
}

/**
 * kuromoji's tokenizer over the dictionary image: the same words and the same token objects
 * (`tokenize`, compared with kuromoji's own in the tests), and the pipeline's compact path
 * (`tokenizeWords`): per token its length and one shared description of its word, so a long text
 * costs no object per token here. Feature records are decoded when a word is first met.
 */
export class ImageTokenizer implements WordTokenizer {
  private readonly lattice: Lattice;
  private readonly features: FeatureReader;
  private readonly words = new Map<number, WordInfo>();

  constructor(private readonly image: DictionaryImage) {
    this.lattice = new Lattice(image);
    this.features = new FeatureReader(image);
  }

  /** kuromoji's `tokenize`: its token objects, word ids and positions included. */
  tokenize(text: string): RawToken[] {
    const tokens: KuromojiToken[] = [];
    this.eachPiece(text, (piece, path) => {
      // kuromoji's word_position: the previous token's position plus this node's 1-based start.
      const last = tokens.length > 0 ? (tokens[tokens.length - 1] as KuromojiToken).word_position : 0;
      for (const node of path) tokens.push(this.token(piece, node, last));
    });
    return tokens;
  }

  /** The compact path: calls `add` with each token's length in UTF-16 units and its word, in order. */
  tokenizeWords(text: string, add: (units: number, word: WordInfo) => void): void {
    const lattice = this.lattice;
    this.eachPiece(text, (piece, path) => {
      for (const node of path) {
        const units = lattice.unitsOf(node);
        const id = lattice.wordOf(node);
        let info = this.words.get(id);
        if (!info) {
          info = this.describe(id, this.surfaceOf(piece, node));
          this.words.set(id, info);
        }
        add(units, info);
      }
    });
  }

  private eachPiece(text: string, visit: (piece: string, path: number[]) => void): void {
    let from = 0;
    while (from < text.length) {
      PIECE_END.lastIndex = from;
      const cut = PIECE_END.exec(text);
      const to = cut ? cut.index + 1 : text.length;
      const piece = text.slice(from, to);
      visit(piece, this.lattice.bestPath(piece));
      from = to;
    }
  }

  /** The text a node covers: a known word's surface is its dictionary form's, which is that text. */
  private surfaceOf(piece: string, node: number): string {
    const at = this.lattice.unitAt(this.lattice.startOf(node) - 1);
    return piece.slice(at, at + this.lattice.unitsOf(node));
  }

  /** Word `id`'s shared description; `surface` is the text a token of it covers (for a known word, its own). */
  private describe(id: number, surface: string): WordInfo {
    if (id < 0) {
      const pos = this.features.pos(this.image.unknown[UNKNOWN_WORDS * (-1 - id) + 3] as number);
      // Same fields in the same order as a known word's: one object shape for the getters to read.
      return {
        surface: undefined,
        pos: pos[0] as string,
        pos1: pos[1] as string,
        pos2: pos[2] as string,
        pos3: pos[3] as string,
        basic: null,
        reading: null,
        known: false,
      };
    }
    const pos = this.features.pos(this.image.entryPos[id] as number);
    const f = this.features.known(id, surface);
    return {
      surface,
      pos: pos[0] as string,
      pos1: pos[1] as string,
      pos2: pos[2] as string,
      pos3: pos[3] as string,
      basic: f.basic === '*' ? null : f.basic,
      reading: f.reading === '*' ? null : f.reading,
      known: true,
    };
  }

  /** A token as kuromoji's IpadicFormatter makes it. */
  private token(piece: string, node: number, last: number): KuromojiToken {
    const id = this.lattice.wordOf(node);
    const surface = this.surfaceOf(piece, node);
    const known = id >= 0;
    const posId = known ? this.image.entryPos[id] : this.image.unknown[UNKNOWN_WORDS * (-1 - id) + 3];
    const pos = this.features.pos(posId as number);
    const t: KuromojiToken = {
      // −1 from an image without word ids (the extension's: see withoutWordIds).
      word_id: known ? (this.image.wordIds[id] ?? -1) : (this.image.unknown[UNKNOWN_WORDS * (-1 - id) + 2] as number),
      word_type: known ? 'KNOWN' : 'UNKNOWN',
      word_position: last + this.lattice.startOf(node),
      surface_form: surface,
      pos: pos[0] as string,
      pos_detail_1: pos[1] as string,
      pos_detail_2: pos[2] as string,
      pos_detail_3: pos[3] as string,
      conjugated_type: pos[4],
      conjugated_form: pos[5],
      basic_form: '*',
    };
    if (known) {
      const f = this.features.known(id, surface);
      t.basic_form = f.basic;
      t.reading = f.reading;
      t.pronunciation = f.pronunciation;
    }
    return t;
  }
}

/** The pipeline's tokenizer from a fetched or read dictionary image (views over `buffer`, nothing copied). */
export function tokenizerFromImage(buffer: ArrayBuffer): ImageTokenizer {
  return new ImageTokenizer(readImage(buffer));
}
