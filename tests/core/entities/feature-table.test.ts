import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../core/entities/feature-table';

describe('FeatureTable', () => {
  it('reads packed rows (negative, decimal and exponent weights) and adds a feature’s weights', () => {
    const table = new FeatureTable({ a: '0:-12,3:450', b: '1:2.5,2:1e2', z: '4:7' }, 100);
    const out = new Float64Array(10);
    table.addOne(Number.parseInt('a', 36), out, 0);
    table.addOne(Number.parseInt('b', 36), out, 5);
    table.addOne(Number.parseInt('y', 36), out, 0); // unknown feature: nothing
    // Weights are held as 32-bit floats.
    const want = [-0.12, 0, 0, 4.5, 0, 0, 0.025, 1, 0, 0];
    for (const [i, w] of want.entries()) expect(out[i]).toBeCloseTo(w, 6);
  });
});
