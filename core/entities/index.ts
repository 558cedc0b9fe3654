import type { Entity, Token } from '../types';
import { acronymCandidates, isCommonAcronym } from './acronyms';
import { splitAffiliations } from './affiliation-dots';
import { appositionCandidates, descriptionSpans, roleCandidates } from './apposition';
import { bodyCompounds } from './body-compounds';
import type { Candidate, Span } from './candidate';
import { capitalMetonymy } from './capital-metonymy';
import { abbreviatedNames, bracketedAbbreviations, commonAbbreviations } from './common-abbreviations';
import { compassPlaces } from './compass-places';
import { capitalsPenalty, confidenceOf, katakanaPersonPenalty, MIN_CONFIDENCE, taggerConfidence } from './confidence';
import { assignIds } from './coreference';
import { holdsCount } from './counted-names';
import { countryRuns } from './country-runs';
import { isCountryScope } from './country-scopes';
import { creditOutletCandidates, datelineWireCandidates } from './credit-outlets';
import { creditSpans } from './credits';
import { datelineCandidates, splitDatelines } from './dateline-split';
import { electionPlaces } from './election-places';
import { isEventOffice } from './event-offices';
import { evidenceFeatures } from './evidence-features';
import { foreignBodyCandidates } from './foreign-bodies';
import { foreignFullNameCandidates } from './foreign-full-names';
import { gazetteerCandidates, gazetteerTrie } from './gazetteer';
import { headOfficeCandidates } from './head-office';
import { typeByHead } from './head-type';
import { headlinePlaces } from './headline-places';
import { invadedPlaces } from './invaded-places';
import { jointBodies } from './joint-bodies';
import { kanjiAbbreviationCandidates } from './kanji-abbreviations';
import { trimKinship } from './kinship';
import { TAGGER_CLASSES } from './labels';
import { latinNameCandidates } from './latin-names';
import { lineOfBusinessCandidates } from './line-of-business';
import { linkedStarts } from './linked-starts';
import { listedPlaces } from './listed-places';
import { namesAMarket } from './market-terms';
import { mergeCandidates } from './merge';
import { municipalOrganCandidates } from './municipal-organs';
import { nameBeforeOfficeCandidates } from './name-before-office';
import { splitNamePrefixes } from './name-prefixes';
import { namesNothing, SUDACHI_PROPER_NOUN, sudachiCode } from './names-nothing';
import { parenCandidates } from './parentheses';
import { splitPlaceLists } from './place-lists';
import { endsInCutPrefix } from './prefix-cuts';
import { properNounCandidates } from './proper-nouns';
import { quotedCommonTerms } from './quoted-terms';
import { railwayCompanies } from './railway-companies';
import { glossCandidates, glossSpans } from './reading-gloss';
import { readingOf } from './readings';
import { reconcile } from './reconcile';
import { recordTieSpans } from './record-ties';
import { roadCandidates } from './road-numbers';
import { routeEnds } from './routes';
import { shortFormCandidates } from './short-forms';
import { speakingFacilities } from './speaking-facilities';
import { spelledOutBodyCandidates } from './spelled-out-bodies';
import { suffixCandidates } from './suffix-rules';
import { tagEntities } from './tagger';
import { affiliations, teamMetonymy, teamWordCandidates } from './team-metonymy';
import { titleCandidates } from './title-rules';
import { tradeNameCandidates } from './trade-names';
import { matchAll } from './trie';
import { universityShortFormCandidates } from './university-short-forms';

/** Weight of the learned tagger's spans against the rules (see merge.ts). */
const TAGGER_WEIGHT = 10;

/** Candidates from every evidence source; each source is its own module. */
function entityCandidates(text: string, tokens: readonly Token[]): Candidate[] {
  // The gazetteer is matched once: the tagger's evidence features and the gazetteer rule share the hits.
  const hits = matchAll(text, gazetteerTrie());
  const extra = evidenceFeatures(text, tokens, [hits]);
  const tagged: Candidate[] = tagEntities(text, tokens, extra).map((s) => {
    const start = (tokens[s.from] as Token).start;
    const end = (tokens[s.to - 1] as Token).end;
    const name = text.slice(start, end);
    const code = sudachiCode(name);
    const type = (TAGGER_CLASSES[s.cls] as (typeof TAGGER_CLASSES)[number]).type;
    const penalty = capitalsPenalty(name, code === SUDACHI_PROPER_NOUN) * katakanaPersonPenalty(name, type, code);
    return {
      start,
      end,
      type,
      source: 'tagger',
      weight: TAGGER_WEIGHT,
      confidence: taggerConfidence(s.margin, s.typeProb) * penalty,
    };
  });
  const rules = [
    ...gazetteerCandidates(text, tokens, hits),
    ...foreignBodyCandidates(text, tokens, hits),
    ...teamWordCandidates(text, tokens),
    ...titleCandidates(text, tokens),
    ...nameBeforeOfficeCandidates(text, tokens),
    ...appositionCandidates(text, tokens),
    ...roleCandidates(text, tokens),
    ...glossCandidates(text, tokens),
    ...suffixCandidates(text, tokens),
    ...spelledOutBodyCandidates(text, tokens),
    ...tradeNameCandidates(text, tokens),
    ...headOfficeCandidates(text, tokens),
    ...lineOfBusinessCandidates(text, tokens),
    ...municipalOrganCandidates(text, tokens),
    ...acronymCandidates(text),
    ...latinNameCandidates(text),
    ...foreignFullNameCandidates(text, tokens),
    ...datelineCandidates(text),
    ...roadCandidates(text),
    ...properNounCandidates(tokens),
    ...universityShortFormCandidates(tokens),
  ];
  return [...reconcile(text, tagged, rules), ...rules];
}

/** The candidates that lie clear of every span that names nothing. */
function outside(cands: readonly Candidate[], spans: readonly Span[]): Candidate[] {
  return cands.filter((c) => spans.every((s) => c.end <= s.start || c.start >= s.end));
}

/**
 * Finds people, organisations, places (and products and events where the tagger can tell them):
 * sorted by start, non-overlapping, UTF-16 offsets into `text`, names without 氏/さん/titles. Mentions
 * of one entity share an `id`; `reading` gives the katakana reading for learners.
 */
export function findEntities(text: string, tokens: readonly Token[]): Entity[] {
  // 「重大事態」: a quoted term of plain words names nothing, whatever the tagger guessed inside it;
  // nor do common nouns, eras and titles (「スマートシティ」, 「平成」, 「社長」), whoever proposed them.
  // Unsure candidates go before the merge, so a surer one over the same words can take their place.
  // Bylines, signatures and photo credits name who made the article, not who is in it.
  // A reading in brackets (「佐川宣寿（のぶひさ）」) is no name of its own either.
  // A country's name after a record's (リーグ最多タイ) is a tie.
  const credits = [
    ...creditSpans(text),
    ...glossSpans(text),
    ...descriptionSpans(text, tokens),
    ...recordTieSpans(text),
  ];
  const creditOutlets = [...creditOutletCandidates(text, tokens), ...datelineWireCandidates(text)];
  // The outlet in the credit closing the article (「（共同）」, 「（東和新報）」) is marked all the same, and so is
  // the wire filing a dateline (「【カイロ＝共同】」's 共同).
  // Its words may be plain (「（北央放送ニュース）」): where it stands says it is a name.
  const found = outside(entityCandidates(text, tokens), [
    ...quotedCommonTerms(tokens),
    ...credits,
    ...creditOutlets,
  ]).filter(
    (c) =>
      confidenceOf(c) >= MIN_CONFIDENCE &&
      !namesNothing(text, tokens, c) &&
      !namesAMarket(text, c) &&
      !endsInCutPrefix(tokens, c) &&
      !holdsCount(tokens, c) &&
      !isEventOffice(text, tokens, c) &&
      !isCountryScope(tokens, c),
  );
  // 「日本商工経営者協会（経営協）」: a short form spelled from the name's own characters is a name, plain as its words are.
  const shortForms = kanjiAbbreviationCandidates(text, tokens);
  const cands = [...found, ...creditOutlets, ...shortForms];
  const first = mergeCandidates(cands, text.length);
  // Bracketed abbreviations are found once: listed ones name organisations, the rest may be common nouns.
  const bracketed = bracketedAbbreviations(text, tokens, first);
  // 「中央選挙管理委員会…。選管によると」: a short form of a body named in full, without brackets.
  const paren = [
    ...parenCandidates(text, first, tokens),
    ...abbreviatedNames(tokens, bracketed),
    ...shortFormCandidates(text, tokens, first),
  ];
  const common = commonAbbreviations(tokens, bracketed);
  // Without bracketed spellings or abbreviations the second merge would see the same list and choose the same.
  const chosen =
    paren.length === 0 && common.length === 0
      ? first
      : mergeCandidates(
          [...outside([...found, ...paren], [...common, ...credits]), ...creditOutlets, ...shortForms],
          text.length,
        );
  const typed = headlinePlaces(
    text,
    speakingFacilities(
      text,
      countryRuns(
        text,
        affiliations(
          text,
          capitalMetonymy(
            text,
            teamMetonymy(
              text,
              listedPlaces(
                text,
                railwayCompanies(
                  text,
                  tokens,
                  invadedPlaces(
                    text,
                    tokens,
                    electionPlaces(text, tokens, typeByHead(text, tokens, bodyCompounds(text, tokens, chosen))),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  const named = routeEnds(
    text,
    linkedStarts(
      text,
      tokens,
      jointBodies(
        text,
        compassPlaces(
          text,
          splitNamePrefixes(
            text,
            splitAffiliations(text, tokens, splitPlaceLists(text, splitDatelines(text, trimKinship(tokens, typed)))),
          ),
        ),
      ),
    ),
  ).filter((c) => !isCommonAcronym(text.slice(c.start, c.end)) && confidenceOf(c) >= MIN_CONFIDENCE);
  const entities: Entity[] = named.map((c) => ({
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    type: c.type,
    confidence: Math.round(confidenceOf(c) * 100) / 100,
  }));
  assignIds(text, entities);
  // Read once every mention has its entity's kind: 「宮崎」 after 「宮崎駿監督」 is read as a surname.
  for (const e of entities) e.reading = readingOf(e.text, e.start, e.end, tokens, e.type);
  return entities;
}
