import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absmaxLevels, quantizeAbsmax, rootMeanSquareError } from './absmax-quant';
import { quantizeNF4 } from './nf4';
import { createRng, randomNormal } from './rng';

describe('absmaxLevels(bits)', () => {
	it('has 15 evenly spaced 4-bit levels k/7 from −1 to 1 (one of the 16 codes unused)', () => {
		const levels = absmaxLevels(4);
		expect(levels).toHaveLength(15);
		expect(levels[0]).toBe(-1);
		expect(levels[7]).toBe(0);
		expect(levels[8]).toBeCloseTo(1 / 7, 15);
	});
});

describe('quantizeAbsmax(weights, bits, blockSize)', () => {
	it('rounds 7 · w / absmax per block (hand-checked)', () => {
		// Block [2, −1, 0.1]: absmax 2 → 7, −3.5 → −3 (round half up), 0.35 → 0. Block [−4]: −7.
		const q = quantizeAbsmax([2, -1, 0.1, -4], 4, 3);
		expect(q.scales).toEqual([2, 4]);
		expect([...q.codes]).toEqual([7, -3, 0, -7]);
		expect(q.dequantized[1]).toBeCloseTo((-3 / 7) * 2, 6);
	});
	it('errs by at most half a step, absmax / (2 · 7), and keeps zeros exact', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 200 }),
				fc.integer({ min: 1, max: 64 }),
				(weights, blockSize) => {
					const q = quantizeAbsmax(weights, 4, blockSize);
					weights.forEach((w, i) => {
						const scale = q.scales[Math.floor(i / blockSize)];
						expect(Math.abs(q.dequantized[i] - w)).toBeLessThanOrEqual(
							(scale / 14) * (1 + 1e-6) + 1e-6
						);
						if (w === 0) expect(q.dequantized[i]).toBe(0);
					});
				}
			)
		);
	});
	it('loses to NF4 on normally distributed weights, as QLoRA reports', () => {
		const rng = createRng(5);
		const weights = Array.from({ length: 64 * 200 }, () => randomNormal(rng));
		const uniform = rootMeanSquareError(weights, quantizeAbsmax(weights).dequantized);
		const nf4 = rootMeanSquareError(weights, quantizeNF4(weights).dequantized);
		expect(nf4).toBeLessThan(uniform);
	});
	it('rejects bits outside 2–8 and a bad block size', () => {
		expect(() => quantizeAbsmax([1], 1)).toThrow(RangeError);
		expect(() => quantizeAbsmax([1], 4, 0)).toThrow(RangeError);
	});
});

describe('rootMeanSquareError(a, b)', () => {
	it('is √(mean squared difference): 1 for (0, 0) against (1, −1)', () => {
		expect(rootMeanSquareError([0, 0], [1, -1])).toBe(1);
	});
});
