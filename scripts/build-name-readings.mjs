#!/usr/bin/env node
// Builds data/ner/name-readings.bin from ENAMDICT (EDRDG, CC BY-SA 3.0; Debian: apt-get install enamdict):
// hashes of every (surname, reading) pair and of the (given name, reading) pairs of given names IPADIC
// has as one person-name word, and of the people's full names it
// lists with a single reading that IPADIC's words do not give (山本一太: やまもといちた, IPADIC ヤマモトカズタ).
// scripts/train-ner.mjs packs the file into public/ner/entities.bin.
//   node scripts/build-name-readings.mjs [/usr/share/edict/enamdict]
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { loadNodeTokenizer } = await import('../cli/tokenizer.ts');
const { tokenizeText } = await import('../core/text/tokens.ts');
const { NameReadings, namePairHash, nameHash } = await import('../core/entities/name-readings.ts');
const { writeSections } = await import('../core/entities/model-format.ts');

const path = process.argv[2] ?? '/usr/share/edict/enamdict';
const text = new TextDecoder('euc-jp').decode(readFileSync(path));
const NAME = /^[\p{Script=Han}々ぁ-ゖァ-ヺー]+$/u;
const katakana = (s) => s.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
const tokenizer = await loadNodeTokenizer();
const surnames = [];
const given = [];
// A given name is only ever looked up as one IPADIC person-name word (readings.ts): keep those alone.
const oneNameWord = new Map();
const isOneNameWord = (name) => {
  let yes = oneNameWord.get(name);
  if (yes === undefined) {
    const ts = tokenizeText(name, tokenizer);
    yes = ts.length === 1 && ts[0].pos2 === '人名';
    oneNameWord.set(name, yes);
  }
  return yes;
};
const people = new Map(); // full name → set of readings
for (const line of text.split('\n')) {
  const m = /^(\S+) \[(\S+)\] \/\(([^)]*)\)/.exec(line);
  if (!m || !NAME.test(m[1])) continue;
  const [, name, reading, tagList] = m;
  const tags = new Set(tagList.split(','));
  const r = katakana(reading);
  if (tags.has('s')) surnames.push(namePairHash(name, r));
  if ((tags.has('g') || tags.has('f') || tags.has('m') || tags.has('u')) && isOneNameWord(name))
    given.push(namePairHash(name, r));
  if (tags.has('h') || tags.has('p')) {
    const set = people.get(name) ?? new Set();
    set.add(r);
    people.set(name, set);
  }
}
const misread = [];
for (const [name, readings] of people) {
  if (readings.size !== 1) continue;
  const ours = tokenizeText(name, tokenizer)
    .map((t) => t.reading ?? '?')
    .join('');
  if (!readings.has(ours)) misread.push(nameHash(name));
}
const nr = NameReadings.build(surnames, given, misread);
const out = new URL('../data/ner/name-readings.bin', import.meta.url);
writeFileSync(out, writeSections(nr.sections()));
console.error(`surname pairs ${surnames.length}, given-name pairs ${given.length}, misread people ${misread.length}`);
