import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activationDerivative } from '$lib/math/activation';
import { deadUnits, layerNoise, pathProducts, preActivations, sigmoidBound, WIDTH } from './depth';

describe('layerNoise(seed, layers) and preActivations(noise, shift)', () => {
	it('is the same for the same seed, another for another seed', () => {
		const a = layerNoise(7, 5);
		expect(a).toHaveLength(5);
		expect(a[0]).toHaveLength(WIDTH);
		expect(layerNoise(7, 5)).toEqual(a);
		expect(layerNoise(8, 5)).not.toEqual(a);
	});

	it('the first layers do not change when more are added', () => {
		expect(layerNoise(3, 8).slice(0, 4)).toEqual(layerNoise(3, 4));
	});

	it('adds the shift to every unit', () => {
		expect(preActivations([[0.5, -1]], 2)).toEqual([[2.5, 1]]);
	});
});

describe('pathProducts(z, name, alpha)', () => {
	it('multiplies each layer’s largest and average derivative (hand-checked)', () => {
		const z = [
			[1, -1],
			[2, -0.5]
		];
		expect(pathProducts(z, 'relu', 0.01)).toEqual({ best: [1, 1], mean: [0.5, 0.25] });
		const leaky = pathProducts(z, 'leakyRelu', 0.1);
		expect(leaky.best).toEqual([1, 1]);
		expect(leaky.mean[1]).toBeCloseTo(0.55 * 0.55, 15);
		// σ′(0) = 1/4 is the largest σ′ can be: a layer of zeros meets the bound exactly.
		expect(pathProducts([[0], [0], [0]], 'sigmoid', 0.01).best).toEqual([0.25, 0.0625, 0.015625]);
	});

	it('ReLU’s best path is 0 from the first layer that is all dead', () => {
		const z = [
			[1, 2],
			[-1, 0],
			[3, 3]
		];
		expect(pathProducts(z, 'relu', 0.01).best).toEqual([1, 0, 0]);
	});

	it('with one unit per layer both equal the product along the one path', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }),
				(xs) => {
					const z = xs.map((x) => [x]);
					const { best, mean } = pathProducts(z, 'tanh', 0.01);
					const direct = xs.reduce((p, x) => p * activationDerivative('tanh', x), 1);
					expect(best.at(-1)).toBeCloseTo(direct, 12);
					expect(mean).toEqual(best);
				}
			)
		);
	});

	it('sigmoid stays under 0.25ⁿ; the average path never beats the best; ReLU’s best is 0 or 1', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1000 }),
				fc.double({ min: -3, max: 3, noNaN: true }),
				(seed, shift) => {
					const z = preActivations(layerNoise(seed, 12), shift);
					const sig = pathProducts(z, 'sigmoid', 0.01);
					sig.best.forEach((b, i) => expect(b).toBeLessThanOrEqual(sigmoidBound(i + 1)));
					sig.mean.forEach((m, i) => expect(m).toBeLessThanOrEqual(sig.best[i]));
					pathProducts(z, 'relu', 0.01).best.forEach((b) => expect([0, 1]).toContain(b));
				}
			)
		);
	});
});

describe('deadUnits(z)', () => {
	it('counts z ≤ 0 per layer and finds the first layer with no live unit', () => {
		const d = deadUnits([
			[1, -1, 0, 2],
			[-1, -2, -3, -4],
			[5, 5, 5, -5]
		]);
		expect(d.perLayer).toEqual([0.5, 1, 0.25]);
		expect(d.overall).toBeCloseTo(1.75 / 3, 15);
		expect(d.firstAllDead).toBe(2);
		expect(deadUnits([[1]]).firstAllDead).toBeNull();
	});

	it('the dead share grows as the shift falls, near Φ(−shift) on many units', () => {
		const noise = layerNoise(1, 200);
		const at = (s: number) => deadUnits(preActivations(noise, s)).overall;
		expect(at(-1)).toBeGreaterThan(at(0));
		expect(at(0)).toBeGreaterThan(at(1));
		expect(at(0)).toBeCloseTo(0.5, 1);
		expect(at(1)).toBeCloseTo(0.1587, 1);
	});
});
