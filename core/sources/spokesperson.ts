import { HEAD_TITLES } from '../lexicon/head-titles';
import type { Party } from './parties';

// 同社の / 同県の / 同市の: a pointer back at the body named before, ahead of its officer's name.
const POINTER = /^同[社県市町村区都道府]の?/;

/**
 * `person` speaks for `body`: named as one of its people (東和電機の田中社長, 同社の川村社長), or with a bare
 * name and the title of its head (田中一郎知事 in a story about 北山県, 石井亮社長 about 東和エナジー). A
 * person tied by の to anything else (県議会の三宅議員, 取引先の木下社長) speaks for that.
 */
export function speaksFor(person: Party | null, body: Party | null): boolean {
  if (person?.type !== 'person' || !body || (body.type !== 'government' && body.type !== 'organization')) return false;
  const name = person.name;
  if (name.includes(body.name)) return true;
  const bare = name.replace(POINTER, '');
  if (bare.includes('の') || bare.includes('、')) return false;
  return headTitles(body).some((t) => bare.endsWith(t));
}

/** The head titles of `body`: a government's by its name's last character, an organisation's officers. */
function headTitles(body: Party): readonly string[] {
  if (body.type === 'organization') return HEAD_TITLES.get('') ?? [];
  return HEAD_TITLES.get(body.name.slice(-1)) ?? [];
}
