import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relinkEntities } from '../../../core/entities/coreference';
import type { Analysis, Entity, EntityType } from '../../../core/types';
import { appendLinked, groupedSources } from '../../../lib/content/name-tables';
import { appendAnalysis, linkNameKeys } from '../../../lib/shared/merge-analysis';
import type { BackgroundMessage } from '../../../lib/shared/messages';
import { nameKeys, withNameLinks } from '../../../lib/shared/name-links';
import { groupSourceNames } from '../../../lib/shared/source-groups';
import { analysisOf, figure } from '../../helpers/analysis';

// The page joins the analyses of a long page's slices itself but leaves the name tables to the
// background: it sends each distinct name once (nameKeys) and applies the links it gets back.

/** A background that answers with the name tables, as entrypoints/background.ts does, and records what it got. */
function background(fail = false) {
  const got: BackgroundMessage[] = [];
  const ask = (async (msg: BackgroundMessage) => {
    got.push(msg);
    if (fail) return { ok: false, error: 'closed', unreachable: true };
    if (msg.type === 'linkNames') return { ok: true, value: linkNameKeys(msg.names) };
    if (msg.type === 'groupSources') return { ok: true, value: groupSourceNames(msg.names) };
    return { ok: true, value: null };
  }) as Parameters<typeof appendLinked>[3];
  return { ask, got };
}

const NAMES = [
  '李成権',
  'リー',
  '山田花子',
  '山田',
  '宇宙航空研究開発機構',
  'JAXA',
  '東京',
  '東京都',
  'ドコモ',
  'NTTドコモ',
];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'product'];
const mention = fc.record({
  text: fc.constantFrom(...NAMES),
  type: fc.constantFrom(...TYPES),
  id: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});

describe('names linked by key, as the background links them', () => {
  it('links every mention as linking the mentions themselves would (each key stands for its mentions)', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 40 }), (ms) => {
        const entities: Entity[] = ms.map((m, i) => ({
          text: m.text,
          type: m.type,
          start: i * 10,
          end: i * 10 + m.text.length,
          ...(m.id !== undefined ? { id: m.id } : {}),
        }));
        const direct = entities.map((e) => ({ ...e }));
        relinkEntities(direct);
        const { keys, of } = nameKeys(entities);
        expect(withNameLinks(entities, of, linkNameKeys(keys))).toEqual(direct);
      }),
    );
  });

  it('sends each distinct name once', () => {
    const e = (text: string, id: number): Entity => ({ text, type: 'person', start: 0, end: 1, id });
    const { keys, of } = nameKeys([e('李成権', 1), e('李成権', 1), e('リー', 2), e('李成権', 1)]);
    expect(keys).toEqual([
      { text: '李成権', type: 'person', id: 1 },
      { text: 'リー', type: 'person', id: 2 },
    ]);
    expect(of).toEqual([0, 0, 1, 0]);
  });
});

describe('the page’s asks of the name tables', () => {
  const piece = (entities: Analysis['entities']): Analysis => analysisOf({ entities, length: 10 });
  const first = piece([{ text: '李成権', start: 0, end: 3, type: 'person', id: 1 }]);
  const second = piece([{ text: 'リー', start: 0, end: 2, type: 'person', id: 1 }]);

  it('joins two pieces with their names linked by the background, as the CLI joins them in place', async () => {
    const bg = background();
    const m = await appendLinked(first, second, 10, bg.ask);
    expect(m).toEqual(appendAnalysis(first, second, 10));
    expect(m.entities.map((e) => e.id)).toEqual([1, 1]);
    expect(bg.got.map((x) => x.type)).toEqual(['linkNames']);
  });

  it('keeps each piece’s own groups when the background cannot answer', async () => {
    const m = await appendLinked(first, second, 10, background(true).ask);
    const [a, b] = m.entities;
    expect([a?.start, b?.start]).toEqual([0, 10]);
    expect(a?.id).not.toBe(b?.id);
  });

  it('has the sources’ name variants grouped for the card, each name apart if no answer comes', async () => {
    const a = analysisOf({
      figures: [
        figure({ source: { name: '戦略国際問題研究所(CSIS)', type: 'organization', cue: 'によると' } }),
        figure({ source: { name: 'CSIS', type: 'organization', cue: 'は推計' } }),
        figure({ source: { name: 'CSIS', type: 'organization', cue: 'は推計' } }),
        figure({ source: { name: '本紙', type: 'byline', cue: null } }),
      ],
    });
    const bg = background();
    const grouped = await groupedSources(a, bg.ask);
    expect(grouped.sources).toEqual([{ name: '戦略国際問題研究所(CSIS)', type: 'organization', figures: 3 }]);
    expect([...grouped.of]).toEqual([0, 0, 0, -1]);
    // Two distinct names travel, not four figures.
    expect(bg.got).toMatchObject([
      { type: 'groupSources', names: [{ name: '戦略国際問題研究所(CSIS)' }, { name: 'CSIS' }] },
    ]);
    const apart = await groupedSources(a, background(true).ask);
    expect(apart.sources.map((s) => s.figures)).toEqual([1, 2]);
  });
});
