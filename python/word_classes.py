"""Word classes for the entity tagger, from chiVe word vectors (as shipped pruned inside ja_ginza).

ja_ginza 5.3.0 carries chiVe vectors (Works Applications, Apache-2.0) pruned to 20,000 rows for
480,443 words: spaCy maps each pruned word to its nearest kept row, so words already share rows.
We cluster the rows with k-means (FINE classes), cluster the centroids again (COARSE classes) and
write every word worth a feature with its row; header lines give each row's fine class and each fine
class's coarse one. The rows themselves, reduced to 32 principal components, go to a second file as
int8 (the span classifier and the tagger read them as dense features). Each word also gets the part of speech SudachiDict (Apache-2.0) gives it when it is
one word there (POS codes below), a typed lexicon: ガルシア 人名, 横浜 地名, スマホ 普通名詞.
Deterministic (fixed seeds).

  python python/word_classes.py data/ner/word-classes.tsv.gz data/ner/word-vectors.i8
"""

import gzip
import re
import sys

import numpy as np
import spacy
from sklearn.cluster import KMeans
from sudachipy import dictionary, tokenizer

SUDACHI_DICT = "core"
FINE = 1024
DIMS = 32
SCALE = 127
COARSE = 128
# Words of kana, kanji, Latin letters and digits (and ー・) up to 12 characters: what a name's tokens are.
USABLE = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff\u3005A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]{1,12}$")
# ... with at least one kanji, katakana or Latin letter: hiragana-only words are function words and
# inflections, and digits alone are numbers; the tagger's other features have them.
# Words with kanji longer than this are almost never one token of the tagger's: left out, for size.
KANJI_MAX = 6
KANJI = re.compile(r"[\u4e00-\u9fff\u3005]")
CONTENT = re.compile(r"[\u30a1-\u30fa\u4e00-\u9fff\u3005A-Za-z\uff21-\uff3a\uff41-\uff5a]")


# Sudachi part of speech → code (0: not one word in Sudachi, or none of these).
POS_CODES = {
    ("固有名詞", "人名", "姓"): 1,
    ("固有名詞", "人名", "名"): 2,
    ("固有名詞", "人名", "一般"): 3,
    ("固有名詞", "地名", "国"): 4,
    ("固有名詞", "地名", "一般"): 5,
    ("固有名詞", "一般", "*"): 6,
    ("普通名詞", "一般", "*"): 7,
    ("普通名詞", "サ変可能", "*"): 8,
    ("普通名詞", "形状詞可能", "*"): 9,
    ("普通名詞", "助数詞可能", "*"): 10,
}


def sudachi_pos(tok, word: str) -> int:
    ms = tok.tokenize(word)
    if len(ms) != 1 or ms[0].is_oov() or ms[0].part_of_speech()[0] != "名詞":
        return 0
    return POS_CODES.get(tuple(ms[0].part_of_speech()[1:4]), 0)


def main(out_path: str, vectors_path: str) -> None:
    nlp = spacy.load("ja_ginza", exclude=["parser", "ner", "morphologizer", "compound_splitter", "bunsetu_recognizer"])
    vectors = nlp.vocab.vectors
    data = np.asarray(vectors.data, dtype=np.float32)
    data /= np.maximum(np.linalg.norm(data, axis=1, keepdims=True), 1e-6)
    fine = KMeans(n_clusters=FINE, n_init=1, random_state=13, max_iter=60).fit(data)
    coarse = KMeans(n_clusters=COARSE, n_init=3, random_state=13).fit(fine.cluster_centers_)
    # The rows themselves, reduced to DIMS principal components and stored as int8 (x / SCALE).
    centred = data - data.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:DIMS].T
    reduced /= np.abs(reduced).max(axis=0)
    quantised = np.clip(np.round(reduced * SCALE), -127, 127).astype(np.int8)
    quantised.tofile(vectors_path)
    tok = dictionary.Dictionary(dict=SUDACHI_DICT).create(mode=tokenizer.Tokenizer.SplitMode.C)
    words = []
    for key, row in vectors.key2row.items():
        if key not in nlp.vocab.strings:
            continue
        w = nlp.vocab.strings[key]
        if not USABLE.match(w) or not CONTENT.search(w) or (len(w) > KANJI_MAX and KANJI.search(w)):
            continue
        words.append((w, int(row), sudachi_pos(tok, w)))
    words.sort()
    with gzip.open(out_path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("#coarse\t" + ",".join(str(int(c)) for c in coarse.labels_) + "\n")
        f.write("#fine\t" + ",".join(str(int(c)) for c in fine.labels_) + "\n")
        f.write(f"#vectors\t{DIMS}\t{SCALE}\n")
        for w, r, p in words:
            f.write(f"{w}\t{r}\t{p}\n")
    print(f"{len(words)} words on {len(data)} rows, {FINE} fine / {COARSE} coarse classes -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
