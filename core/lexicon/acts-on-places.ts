/**
 * Acts a country does to a place, written right after the place's name: 「ウクライナ侵攻」, 「クリミア併合」.
 * The compound is what happened, no event's own name; the name in it is the place (invaded-places.ts).
 */
export const ACTS_ON_PLACES: readonly string[] = ['侵攻', '侵略', '併合', '占領'];
