import { isOrganizationName } from '../text/pos';
import { tokenSpanning } from '../text/tokens';
import type { Token } from '../types';
import type { Candidate } from './candidate';

// Japan's railway group is split into companies by the region each serves, and news names them by the
// group's letters and the region: 「ＪＲ九州」, 「JR四国」, 「JR東日本」. IPADIC lists them as one word
// filed under organisations (名詞,固有名詞,組織); the region inside made the tagger read a place. A line
// or a station after the letters is a place (「JR鹿児島本線」, 「JR新宿駅」): those are other words.

/** The group's letters, in half and full width. */
const GROUP = /^(?:JR|ＪＲ)./;

/**
 * The railway company named by the group's letters and its region is an organisation, whatever kind it
 * was given: one IPADIC word filed under organisations that starts with the letters (see above).
 */
export function railwayCompanies(text: string, tokens: readonly Token[], cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type === 'organization' || c.type === 'person' || !GROUP.test(text.slice(c.start, c.end))) return c;
    return isOrganizationName(tokenSpanning(tokens, c.start, c.end)) ? { ...c, type: 'organization' } : c;
  });
}
