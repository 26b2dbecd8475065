import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NF4_OFFSET, nf4BitsPerParameter, nf4Levels, quantizeNF4 } from './nf4';
import { createRng, randomNormal } from './rng';

/** The NF4 table of the QLoRA paper's Appendix E (as bitsandbytes ships it, float32). */
const PAPER = [
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
	-0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
	0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
	0.7229568362236023, 1.0
];

describe('nf4Levels()', () => {
	it('equals the paper’s table (to float32 precision), from −1 to 1 with an exact 0', () => {
		expect(NF4_OFFSET).toBeCloseTo(0.9677083, 7);
		const levels = nf4Levels();
		expect(levels).toHaveLength(16);
		levels.forEach((v, i) => expect(v).toBeCloseTo(PAPER[i], 6));
		expect(levels[0]).toBe(-1);
		expect(levels[7]).toBe(0);
		expect(levels[15]).toBe(1);
		for (let i = 1; i < 16; i++) expect(levels[i]).toBeGreaterThan(levels[i - 1]);
	});
});

describe('quantizeNF4(weights, blockSize)', () => {
	it('scales each block by its absmax and picks the nearest level (hand-checked)', () => {
		// Block 1: absmax 2, so 2 → 1 (code 15), −1 → −0.5 (nearest −0.525, code 2), 0.1 → 0.05
		// (nearest 0.0796, code 8). Block 2: absmax 4, −4 → −1 (code 0).
		const q = quantizeNF4([2, -1, 0.1, -4], 3);
		expect(q.scales).toEqual([2, 4]);
		expect([...q.codes]).toEqual([15, 2, 8, 0]);
		expect(q.dequantized[0]).toBe(2);
		expect(q.dequantized[1]).toBeCloseTo(-0.5250730514526367 * 2, 6);
		expect(q.dequantized[3]).toBe(-4);
	});
	it('keeps zeros and a block of zeros exact', () => {
		const q = quantizeNF4([0, 0, 0, 1, 0], 3);
		expect(q.scales).toEqual([0, 1]);
		expect([...q.dequantized]).toEqual([0, 0, 0, 1, 0]);
	});
	it('never errs by more than half the widest gap between levels, times the block’s scale', () => {
		const gap = Math.max(...nf4Levels().map((v, i, a) => (i ? v - a[i - 1] : 0)));
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 200 }),
				fc.integer({ min: 1, max: 64 }),
				(weights, blockSize) => {
					const q = quantizeNF4(weights, blockSize);
					expect(q.scales).toHaveLength(Math.ceil(weights.length / blockSize));
					weights.forEach((w, i) => {
						const scale = q.scales[Math.floor(i / blockSize)];
						expect(Math.abs(q.dequantized[i] - w)).toBeLessThanOrEqual(
							(gap / 2) * scale * (1 + 1e-6) + 1e-6
						);
					});
				}
			),
			{ seed: 11 }
		);
	});
	it('uses every level about equally often on normal weights (what the quantiles are for)', () => {
		const rng = createRng(3);
		const weights = Array.from({ length: 64 * 400 }, () => randomNormal(rng));
		const counts = new Array(16).fill(0);
		for (const c of quantizeNF4(weights).codes) counts[c]++;
		const share = counts.map((c) => c / weights.length);
		// Not exactly 1/16: the block's absmax varies and the ends sit at the offset quantile.
		for (const s of share.slice(1, 15)) {
			expect(s).toBeGreaterThan(0.03);
			expect(s).toBeLessThan(0.11);
		}
	});
	it('rejects a block size that is not a positive integer', () => {
		expect(() => quantizeNF4([1], 0)).toThrow(RangeError);
		expect(() => quantizeNF4([1], 2.5)).toThrow(RangeError);
	});
});

describe('nf4BitsPerParameter(blockSize, doubleQuant)', () => {
	it('is 4.5 bits with a 32-bit scale per 64 weights, 4.127 with double quantisation (QLoRA §3)', () => {
		expect(nf4BitsPerParameter()).toBe(4.5);
		expect(nf4BitsPerParameter(64, true)).toBeCloseTo(4 + 0.125 + 0.001953125, 12);
		expect(nf4BitsPerParameter(64, true) - 4).toBeCloseTo(0.127, 3);
	});
});
