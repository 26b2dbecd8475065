import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gradientError, randn } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { alignment, context, initAttention, projectKeys } from './additive-attention';

describe('additive attention', () => {
	it('gives weights that sum to 1 per query, 0 on padding', () => {
		fc.assert(
			fc.property(
				fc.integer(),
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 1, max: 6 }),
				(seed, b, t) => {
					const rng = createRng(seed);
					const w = initAttention(4, 5, 3, rng);
					const keys = projectKeys(w, randn([b, t, 5], 2, rng));
					const lengths = Array.from({ length: b }, () => 1 + Math.floor(rng() * t));
					const padding = lengths.flatMap((n) => Array.from({ length: t }, (_, j) => j >= n));
					const a = alignment(w, randn([b, 4], 2, rng), keys, padding).toArray();
					return lengths.every((n, i) => {
						const row = a.slice(i * t, (i + 1) * t);
						const sum = row.reduce((s, x) => s + x, 0);
						return Math.abs(sum - 1) < 1e-12 && row.every((x, j) => (j >= n ? x === 0 : x > 0));
					});
				}
			)
		);
	});

	it('is uniform when v = 0, and the context is then the mean of the values', () => {
		const rng = createRng(4);
		const w = initAttention(2, 2, 2, rng);
		w.v.data.fill(0);
		const values = randn([1, 4, 2], 1, rng);
		const a = alignment(w, randn([1, 2], 1, rng), projectKeys(w, values));
		expect(a.toArray()).toEqual([0.25, 0.25, 0.25, 0.25]);
		const v = values.toArray();
		const mean = [0, 1].map((d) => (v[d] + v[2 + d] + v[4 + d] + v[6 + d]) / 4);
		const c = context(a, values).toArray();
		mean.forEach((m, d) => expect(c[d]).toBeCloseTo(m, 12));
	});

	it('has gradients equal to central differences through the weights, queries and keys', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const rng = createRng(seed);
				const w = initAttention(3, 2, 4, rng);
				const query = randn([2, 3], 1, rng);
				const values = randn([2, 3, 2], 1, rng);
				const padding = [false, false, false, false, false, true];
				const f = () =>
					context(alignment(w, query, projectKeys(w, values), padding), values)
						.pow(2)
						.sum();
				return gradientError(f, [w.wa, w.ua, w.v, query, values]) < 1e-8;
			}),
			{ seed: 5, numRuns: 10 }
		);
	});
});
