import type { FigureKind } from '../types';
import type { WordTable } from './word-table';

/**
 * Latin-letter units news writes that js-quantities does not read (core/figures/latin-units.ts):
 * kilobytes in capitals, computing throughput, engine size, illuminance, torque, horsepower,
 * kilogram-force.
 */
export const LATIN_UNIT_EXTRAS: WordTable<FigureKind> = new Map<string, FigureKind>([
  ...['KB', 'Kbit', 'Kbps', 'TFLOPS', 'PFLOPS', 'GFLOPS', 'TOPS', 'cc', 'lx', 'Nm', 'PS', 'dBm', 'mAh'].map(
    (u) => [u, 'measure'] as const,
  ),
  // 30kgfの加圧試験, 500gfの荷重: gravitational force units, still written in product tests.
  ...['kgf', 'gf'].map((u) => [u, 'measure'] as const),
]);

/**
 * Letters after a number that js-quantities reads as a unit but news means otherwise: English
 * ordinals (2nd, 3rd), clock times (10am), sports points (3pt), inches in 2in1, carats as counts.
 */
export const LATIN_UNIT_STOPS: ReadonlySet<string> = new Set([
  ...['st', 'nd', 'rd', 'th', 'am', 'pm', 'AM', 'PM', 'pt', 'pts', 'in', 'ct', 'ch', 'Da', 'P', 'St', 'Ci', 'R'],
]);
