import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mulberry32, randomInt, randomNormal } from './rng';
import { mean, standardDeviation } from './stats';

describe('mulberry32(seed)', () => {
	it('produces the pinned sequence for seed 7', () => {
		const rng = mulberry32(7);
		const first = [rng(), rng(), rng(), rng(), rng()];
		expect(first).toEqual([
			0.011704753153026104, 0.06195825757458806, 0.97690763277933, 0.6990287057124078,
			0.5214452685322613
		]);
	});

	it('produces the pinned first values for seed 0', () => {
		const rng = mulberry32(0);
		expect([rng(), rng()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
	});

	it('replays the same stream for the same seed and stays in [0, 1)', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const a = mulberry32(seed);
				const b = mulberry32(seed);
				for (let i = 0; i < 20; i++) {
					const x = a();
					expect(x).toBe(b());
					expect(x).toBeGreaterThanOrEqual(0);
					expect(x).toBeLessThan(1);
				}
			})
		);
	});

	it('gives different streams for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});

	it('is roughly uniform: the mean of 10,000 draws is near 0.5', () => {
		const rng = mulberry32(42);
		let sum = 0;
		for (let i = 0; i < 10000; i++) sum += rng();
		expect(sum / 10000).toBeCloseTo(0.5, 1);
	});
});

describe('randomInt(rng, n)', () => {
	it('stays in [0, n)', () => {
		const rng = mulberry32(3);
		for (let i = 0; i < 1000; i++) {
			const k = randomInt(rng, 6);
			expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
		}
	});
});

describe('randomNormal(rng)', () => {
	it('has mean near 0 and variance near 1', () => {
		const rng = mulberry32(11);
		const xs = Array.from({ length: 20000 }, () => randomNormal(rng));
		expect(Math.abs(mean(xs))).toBeLessThan(0.03);
		expect(Math.abs(standardDeviation(xs) ** 2 - 1)).toBeLessThan(0.05);
	});
});
