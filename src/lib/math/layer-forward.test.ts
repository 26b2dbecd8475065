import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaledDotProductAttention } from './attention';
import { rnnForward, selfAttentionForward } from './layer-forward';
import { createRng } from './rng';

const identity = (d: number) => {
	const I = new Float64Array(d * d);
	for (let i = 0; i < d; i++) I[i * d + i] = 1;
	return I;
};
const rows = (flat: Float64Array, n: number, d: number) =>
	Array.from({ length: n }, (_, i) => Array.from(flat.subarray(i * d, i * d + d)));

describe('rnnForward(x, n, d, W, U, b)', () => {
	it('hand-worked, d = 1: h₁ = tanh(2·1), h₂ = tanh(2·0 + 0.5·h₁ + 0.1)', () => {
		const H = rnnForward(
			Float64Array.of(1, 0),
			2,
			1,
			Float64Array.of(2),
			Float64Array.of(0.5),
			Float64Array.of(0.1)
		);
		const h1 = Math.tanh(2.1);
		expect(H[0]).toBeCloseTo(h1, 14);
		expect(H[1]).toBeCloseTo(Math.tanh(0.5 * h1 + 0.1), 14);
	});
	it('step t depends on earlier tokens only: changing token t leaves h₀…h_(t−1) alone', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 8 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer(),
				(n, d, seed) => {
					const rng = createRng(seed);
					const rand = (k: number) => Float64Array.from({ length: k }, () => rng() - 0.5);
					const [W, U, b, x] = [rand(d * d), rand(d * d), rand(d), rand(n * d)];
					const t = n - 1;
					const y = x.slice();
					y[t * d] += 1;
					const a = rnnForward(x, n, d, W, U, b);
					const c = rnnForward(y, n, d, W, U, b);
					return a.subarray(0, t * d).every((v, i) => v === c[i]);
				}
			),
			{ seed: 13, numRuns: 30 }
		);
	});
});

describe('selfAttentionForward(x, n, d, Wq, Wk, Wv, Wo)', () => {
	it('with identity projections it is scaledDotProductAttention(X, X, X)', () => {
		const rng = createRng(5);
		const n = 5;
		const d = 3;
		const x = Float64Array.from({ length: n * d }, () => rng() * 2 - 1);
		const I = identity(d);
		const out = selfAttentionForward(x, n, d, I, I, I, I);
		const X = rows(x, n, d);
		const expected = scaledDotProductAttention(X, X, X).output;
		rows(out, n, d).forEach((row, i) =>
			row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 12))
		);
	});
	it('every output row depends on the last token (path length 1)', () => {
		const rng = createRng(6);
		const n = 6;
		const d = 2;
		const rand = (k: number) => Float64Array.from({ length: k }, () => rng() - 0.5);
		const [Wq, Wk, Wv, Wo, x] = [rand(4), rand(4), rand(4), rand(4), rand(n * d)];
		const y = x.slice();
		y[(n - 1) * d] += 1;
		const a = selfAttentionForward(x, n, d, Wq, Wk, Wv, Wo);
		const c = selfAttentionForward(y, n, d, Wq, Wk, Wv, Wo);
		for (let i = 0; i < n; i++) expect(a[i * d]).not.toBe(c[i * d]);
	});
});
