import { describe, expect, it } from 'vitest';
import type { Analysis, Figure } from '../../../core/types';
import { describeMark } from '../../../lib/content/card/describe';
import type { Mark } from '../../../lib/content/card/marks';
import { toCsv, toMarkdown, toTsv } from '../../../lib/popup/format-export';
import { figureSource, indexSources, sourceLine, sourceNames } from '../../../lib/shared/format-source';
import { translator } from '../../../lib/shared/i18n';
import { indexSourcesHere } from '../../../lib/shared/source-groups';
import { analysisOf, figure } from '../../helpers/analysis';

const fig = (text: string, source: Figure['source'], sentence: string): Figure =>
  figure({
    text,
    start: sentence.indexOf(text),
    end: sentence.indexOf(text) + text.length,
    sentence,
    sentenceStart: 0,
    value: 100,
    source,
  });

// 「…と報じられている」 in an AFP通信 article: no source named; the figure stands on the outlet's article.
const hearsay = fig('100人', { name: 'AFP通信', type: 'byline', cue: null }, '死者は100人に上ると報じられている。');
const relayed = fig(
  '100人',
  { name: '米国防総省', type: 'government', cue: 'によると', via: 'CNN', start: 4, end: 9 },
  'CNNが米国防総省によると100人と伝えた。',
);
const analysis = (f: Figure): Analysis => analysisOf({ byline: 'AFP通信', figures: [f] });
const meta = { title: 't', url: 'https://example.jp/', exportedAt: '2025-07-10T10:00:00+09:00' };

describe('one figure, one source: popup, card and exports use one rule', () => {
  for (const lang of ['en', 'ja'] as const) {
    const t = translator(lang);
    it(`shows a byline figure the same way everywhere (${lang})`, () => {
      const line = sourceLine(hearsay, t);
      expect(line).toBe(lang === 'en' ? 'no source named (article by AFP通信)' : '出典の明示なし（AFP通信の記事）');
      // The popup's label is built from the same parts: no name of a source, the byline as the article's.
      expect(figureSource(hearsay)).toEqual({ named: null, byline: 'AFP通信' });
      const card = describeMark({ kind: 'figure', index: 0, range: {} as Range } as Mark, analysis(hearsay), t, lang);
      expect(card?.rows).toContainEqual([t('colSource'), line]);
      // No cue row: nothing attributes the figure.
      expect(card?.rows.map((r) => r[0])).not.toContain(t('cardCue'));
      expect(toMarkdown([hearsay], meta, t, lang)).toContain(`| ${line} |`);
      expect(toTsv([hearsay], meta, t, lang).split('\n')[1]?.split('\t')[7]).toBe(line);
      expect(toCsv([hearsay], meta, t, lang)).toContain(`"${line}"`);
      // A byline is no source: it is not counted or offered as one.
      expect(indexSourcesHere([hearsay]).sources).toEqual([]);
      expect(indexSources(sourceNames([hearsay]), null).sources).toEqual([]);
    });
    it(`shows a relayed source with its relay the same way everywhere (${lang})`, () => {
      const line = sourceLine(relayed, t);
      expect(line).toBe(lang === 'en' ? '米国防総省 (government) via CNN' : '米国防総省（政府機関） CNN経由');
      const card = describeMark({ kind: 'figure', index: 0, range: {} as Range } as Mark, analysis(relayed), t, lang);
      expect(card?.rows).toContainEqual([t('colSource'), line]);
      expect(toTsv([relayed], meta, t, lang).split('\n')[1]?.split('\t')[7]).toBe(line);
    });
  }
  it('counts a source’s figures with its name variants (the card of a source mark)', () => {
    const t = translator('en');
    const a: Analysis = {
      ...analysis(relayed),
      figures: [
        fig('3人', { name: '戦略国際問題研究所(CSIS)', type: 'organization', cue: 'によると' }, 'x'),
        fig('4人', { name: 'CSIS', type: 'organization', cue: 'は推計している', start: 0, end: 4 }, 'x'),
      ],
    };
    const mark = { kind: 'source', index: 1, range: {} as Range } as Mark;
    const card = describeMark(mark, a, t, 'en', indexSourcesHere(a.figures));
    expect(card?.rows).toContainEqual(['Figures from it', '2']);
    // Until the background has grouped them (or if it cannot), each name counts apart.
    expect(describeMark(mark, a, t, 'en')?.rows).toContainEqual(['Figures from it', '1']);
  });
});
