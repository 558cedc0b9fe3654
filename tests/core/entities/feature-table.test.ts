import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_MODEL_PATH } from '../../../cli/entity-model';
import { FeatureTable } from '../../../core/entities/feature-table';
import { decodeEntityModel, encodeEntityModel } from '../../../core/entities/model';
import { Sections, writeSections } from '../../../core/entities/model-format';

const table = FeatureTable.build(
  new Map([
    [
      10,
      [
        [0, -0.12],
        [3, 4.5],
      ],
    ],
    [
      11,
      [
        [1, 0.025],
        [2, 1],
      ],
    ],
    [35, [[4, 0.07]]],
  ] as [number, [number, number][]][]),
);

describe('FeatureTable', () => {
  it('adds a feature’s weights (held as 32-bit floats); an unknown feature adds nothing', () => {
    const out = new Float64Array(10);
    table.addOne(10, out, 0);
    table.addOne(11, out, 5);
    table.addOne(34, out, 0);
    const want = [-0.12, 0, 0, 4.5, 0, 0, 0.025, 1, 0, 0];
    for (const [i, w] of want.entries()) expect(out[i]).toBeCloseTo(w, 6);
  });

  it('skips unused feature slots (-1) when adding a row', () => {
    const out = new Float64Array(5);
    table.addInto(Int32Array.of(-1, 35, -1), out, 0);
    expect(out[4]).toBeCloseTo(0.07, 6);
    expect(out.slice(0, 4).every((x) => x === 0)).toBe(true);
  });
});

describe('entity model asset', () => {
  it('round-trips through its sections as views of one buffer, nothing copied', () => {
    const bytes = encodeEntityModel({
      tags: 3,
      trans: Float64Array.from({ length: 12 }, (_, i) => i / 4),
      vote: 0.5,
      feats: table,
      classes: table,
      words: null,
      classDense: Float32Array.of(1, 2, 3),
      readings: null,
    });
    const m = decodeEntityModel(bytes.buffer as ArrayBuffer);
    expect(m.tags).toBe(3);
    expect(m.vote).toBe(0.5);
    expect(Array.from(m.trans)).toEqual(Array.from({ length: 12 }, (_, i) => i / 4));
    expect(m.trans.buffer).toBe(bytes.buffer);
    expect(m.feats.weights.buffer).toBe(bytes.buffer);
    const out = new Float64Array(5);
    m.classes.addOne(10, out, 0);
    expect(out[3]).toBeCloseTo(4.5, 6);
    expect(Array.from(m.classDense ?? [])).toEqual([1, 2, 3]);
    expect(m.words).toBeNull();
  });

  it('refuses a buffer that is not a model, or one cut short', () => {
    expect(() => new Sections(new ArrayBuffer(64))).toThrow(/not a Shutten entity model/);
    const whole = writeSections([{ name: 'x', data: new Float32Array(16) }]);
    expect(() => new Sections(whole.slice(0, whole.length - 8).buffer)).toThrow(/cut off/);
  });

  it('ships a model the decoder reads: tags, transitions and both tables', () => {
    const file = readFileSync(ENTITY_MODEL_PATH);
    const m = decodeEntityModel(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    expect(m.tags).toBe(11);
    expect(m.trans.length).toBe(12 * 11);
    expect(m.feats.size).toBeGreaterThan(10_000);
    expect(m.classes.size).toBeGreaterThan(5_000);
    expect(m.words?.size).toBeGreaterThan(100_000);
    expect(m.classDense?.length).toBe(5 * 3 * (m.words?.dims ?? 0));
    expect(m.readings?.size).toBeGreaterThan(100_000);
  });
});
