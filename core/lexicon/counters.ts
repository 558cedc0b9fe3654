import type { FigureKind } from '../types';

/** A counter or unit word that may follow a number. */
export interface CounterEntry {
  /** As written after the number. */
  surface: string;
  /** The unit reported (normalised lightly: パーセント → %). */
  unit: string;
  kind: FigureKind;
}

/** Counters and units, longest first so 「カ月」 wins over 「カ」. */
export const COUNTERS: readonly CounterEntry[] = (
  [
    { surface: '人', unit: '人', kind: 'count' },
    { surface: '件', unit: '件', kind: 'count' },
    { surface: '台', unit: '台', kind: 'count' },
    { surface: '発', unit: '発', kind: 'count' },
    { surface: '円', unit: '円', kind: 'money' },
    { surface: 'ドル', unit: 'ドル', kind: 'money' },
    { surface: '%', unit: '%', kind: 'percent' },
    { surface: '％', unit: '%', kind: 'percent' },
    { surface: 'パーセント', unit: '%', kind: 'percent' },
    { surface: '倍', unit: '倍', kind: 'ratio' },
    { surface: 'カ月', unit: 'カ月', kind: 'duration' },
    { surface: '年間', unit: '年', kind: 'duration' },
    { surface: '歳', unit: '歳', kind: 'age' },
  ] as const satisfies readonly CounterEntry[]
)
  .slice()
  .sort((a, b) => b.surface.length - a.surface.length);
