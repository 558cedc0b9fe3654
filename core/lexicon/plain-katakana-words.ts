/**
 * Ordinary words written in katakana that IPADIC files as proper nouns or does not know, so a term
 * holding one would look like a name: 「ニセ警察詐欺」 (ニセ = 偽, 名詞,固有名詞,一般), 「オレオレ詐欺」.
 */
export const PLAIN_KATAKANA_WORDS: ReadonlySet<string> = new Set(['ニセ', 'オレオレ']);
