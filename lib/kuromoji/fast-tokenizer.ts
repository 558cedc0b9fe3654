import type { RawToken, Tokenizer } from '../../core/types';
import { type KuromojiTokenizer, kuromojiInternals, type TokenInfoDictionary } from './internals';
import { Lattice } from './lattice';
import { TargetMap } from './target-map';

/** kuromoji cuts its input after each 、 and 。 and finds the best path per piece (BOS…EOS each). */
const PIECE_END = /[、。]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A drop-in for a built kuromoji tokenizer that returns the same tokens (tests compare them on
 * fixtures and random text) in a fraction of the time: the lattice is built without kuromoji's
 * per-character re-encoding (see Lattice), and each dictionary entry's feature line
 * (「名詞,固有名詞,地域,国,*,*,日本,ニッポン,ニッポン」) is decoded and split once, not once per token.
 * Pieces with surrogate pairs (rare kanji, emoji) and anything unexpected go to kuromoji itself.
 * `targets`: the word → entries index when the caller built it (see loadTokenizer), else made here.
 */
export function fastTokenizer(built: unknown, targets?: TargetMap): Tokenizer {
  const k = kuromojiInternals(built);
  const lattice = new Lattice(k, targets ?? TargetMap.fromObject(k.token_info_dictionary.target_map));
  const known = new FeatureCache(k.token_info_dictionary);
  const unknown = new FeatureCache(k.unknown_dictionary);
  return {
    tokenize(text: string): RawToken[] {
      const tokens: RawToken[] = [];
      let from = 0;
      while (from < text.length) {
        PIECE_END.lastIndex = from;
        const cut = PIECE_END.exec(text);
        const to = cut ? cut.index + 1 : text.length;
        const piece = text.slice(from, to);
        if (SURROGATE.test(piece) || !pushPiece(piece, tokens, lattice, known, unknown))
          kuromojiPiece(k, piece, tokens);
        from = to;
      }
      return tokens;
    },
  };
}

function pushPiece(
  piece: string,
  tokens: RawToken[],
  lattice: Lattice,
  known: FeatureCache,
  unknown: FeatureCache,
): boolean {
  let path: number[];
  try {
    path = lattice.bestPath(piece);
  } catch {
    return false;
  }
  // kuromoji's word_position: the previous token's position plus this piece's 1-based offset.
  const base = tokens.length > 0 ? (tokens[tokens.length - 1] as RawToken).word_position : 0;
  for (const id of path) {
    const node = lattice.nodeAt(id);
    const f = (node.unknown ? unknown : known).features(node.name);
    // A known word's surface is its dictionary form's first field; an unknown one is cut from the piece.
    const surface = node.unknown ? piece.slice(node.start - 1, node.start - 1 + node.len) : (f[0] as string);
    tokens.push(formatToken(node.name, node.unknown, base + node.start, surface, f));
  }
  return true;
}

/** The fields of kuromoji's own token objects, in its order (an unknown word has no reading). */
interface KuromojiToken extends RawToken {
  word_id: number;
  conjugated_type?: string;
  conjugated_form?: string;
  pronunciation?: string;
}

/** A token as kuromoji's IpadicFormatter makes it (tests compare the two as JSON). */
function formatToken(id: number, unknown: boolean, position: number, surface: string, f: string[]): RawToken {
  const t: KuromojiToken = {
    word_id: id,
    word_type: unknown ? 'UNKNOWN' : 'KNOWN',
    word_position: position,
    surface_form: surface,
    pos: f[1] as string,
    pos_detail_1: f[2] as string,
    pos_detail_2: f[3] as string,
    pos_detail_3: f[4] as string,
    conjugated_type: f[5],
    conjugated_form: f[6],
    basic_form: f[7] as string,
  };
  if (!unknown) {
    t.reading = f[8];
    t.pronunciation = f[9];
  }
  return t;
}

/** kuromoji's own path for one piece (it appends to `tokens`). */
function kuromojiPiece(k: KuromojiTokenizer, piece: string, tokens: RawToken[]): void {
  (k as unknown as { tokenizeForSentence(s: string, t: RawToken[]): void }).tokenizeForSentence(piece, tokens);
}

const utf8 = new TextDecoder();

/** Each entry's comma-separated feature line, decoded and split on first use. */
class FeatureCache {
  private readonly cache = new Map<number, string[]>();
  constructor(private readonly dict: TokenInfoDictionary) {}

  features(id: number): string[] {
    let f = this.cache.get(id);
    if (!f) {
      // The entry's last field (bytes 6–9) is the offset of its NUL-terminated line in pos_buffer.
      const d = this.dict.dictionary.buffer;
      const at =
        d.length < id + 10
          ? 0
          : ((d[id + 9] as number) << 24) +
            ((d[id + 8] as number) << 16) +
            ((d[id + 7] as number) << 8) +
            (d[id + 6] as number);
      const p = this.dict.pos_buffer.buffer;
      let end = p.indexOf(0, at);
      if (end < 0) end = p.length;
      f = utf8.decode(p.subarray(at, end)).split(',');
      this.cache.set(id, f);
    }
    return f;
  }
}
