import { mix, seed } from './feature-hash';
import type { SectionInput, Sections } from './model-format';

/** 32-bit hash of a name and one of its readings (katakana). */
export function namePairHash(name: string, reading: string): number {
  return mix(mix(seed(991), name) ^ 0x7c, reading) >>> 0;
}

/** 32-bit hash of a name alone. */
export function nameHash(name: string): number {
  return mix(seed(992), name) >>> 0;
}

function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = sorted[mid] as number;
    if (k === h) return true;
    if (k < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * What a names dictionary (ENAMDICT) says about readings, as sorted 32-bit hashes (no strings):
 * which (surname, reading) and (given name, reading) pairs are real, and which full names of people
 * it lists with a reading other than the one IPADIC's words give (山本一太 is やまもといちた, not the
 * カズタ IPADIC reads). A reading is shown only when these confirm it (readings.ts).
 */
export class NameReadings {
  constructor(
    private readonly surnames: Uint32Array,
    private readonly given: Uint32Array,
    private readonly misread: Uint32Array,
  ) {}

  /** From unsorted hash lists (the build script). */
  static build(surnames: Iterable<number>, given: Iterable<number>, misread: Iterable<number>): NameReadings {
    const sorted = (xs: Iterable<number>) => Uint32Array.from(new Set(xs)).sort();
    return new NameReadings(sorted(surnames), sorted(given), sorted(misread));
  }

  static read(s: Sections): NameReadings {
    return new NameReadings(s.u32('nr.surname'), s.u32('nr.given'), s.u32('nr.misread'));
  }

  sections(): SectionInput[] {
    return [
      { name: 'nr.surname', data: this.surnames },
      { name: 'nr.given', data: this.given },
      { name: 'nr.misread', data: this.misread },
    ];
  }

  /** Whether `reading` is a reading of surname `name` (山本 ヤマモト). */
  isSurname(name: string, reading: string): boolean {
    return has(this.surnames, namePairHash(name, reading));
  }

  /** Whether `reading` is a reading of given name `name` (花子 ハナコ). */
  isGiven(name: string, reading: string): boolean {
    return has(this.given, namePairHash(name, reading));
  }

  /** Whether the dictionary lists person `name` under a reading other than IPADIC's. */
  isMisread(name: string): boolean {
    return has(this.misread, nameHash(name));
  }

  /** Number of pairs and names held. */
  get size(): number {
    return this.surnames.length + this.given.length + this.misread.length;
  }
}

let current: NameReadings | null = null;

/** Installs the readings dictionary (installEntityModel does). */
export function installNameReadings(nr: NameReadings | null): void {
  current = nr;
}

/** The installed readings dictionary, or null (then no person's kanji name gets a reading). */
export function nameReadings(): NameReadings | null {
  return current;
}
