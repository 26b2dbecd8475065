import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	attentionCost,
	blockSparseMask,
	causalMask,
	intersectMasks,
	maskCount,
	multiHeadAttention,
	scaledDotProductAttention,
	slidingWindowMask
} from './attention';
import { identity, matmul, randomMatrix, scale } from './linalg';
import { createRng, type Rng } from './rng';

function expectClose(A: number[][], B: number[][], digits = 10): void {
	expect(A.length).toBe(B.length);
	A.forEach((row, i) => {
		expect(row.length).toBe(B[i].length);
		row.forEach((v, j) => expect(v).toBeCloseTo(B[i][j], digits));
	});
}

/** Random Q, K, V for n tokens with d_k = d and d_v = dv. */
function qkv(rng: Rng, n: number, d: number, dv: number) {
	return { Q: randomMatrix(n, d, rng), K: randomMatrix(n, d, rng), V: randomMatrix(n, dv, rng) };
}

const sizes = fc.record({
	seed: fc.integer(),
	n: fc.integer({ min: 1, max: 6 }),
	d: fc.integer({ min: 1, max: 4 }),
	dv: fc.integer({ min: 1, max: 3 })
});

describe('scaledDotProductAttention(Q, K, V, opts)', () => {
	// Q = K = I₂ gives scores I/√2, so each row is softmax of (1/√2, 0) in some order:
	// p = e^(1/√2) / (1 + e^(1/√2)) = 0.66976…, and the output mixes the rows of V by (p, 1 − p).
	const I2 = [
		[1, 0],
		[0, 1]
	];
	const V = [
		[1, 2],
		[3, 4]
	];
	const p = 0.6697615493266569;

	it('matches the hand-computed 2×2 example with √2 scaling', () => {
		const { scores, weights, output } = scaledDotProductAttention(I2, I2, V);
		expectClose(scores, [
			[Math.SQRT1_2, 0],
			[0, Math.SQRT1_2]
		]);
		expectClose(weights, [
			[p, 1 - p],
			[1 - p, p]
		]);
		expectClose(output, [
			[1.6604769013466862, 2.6604769013466862],
			[2.3395230986533138, 3.3395230986533138]
		]);
	});

	it('matches the hand-computed causal example and reports the scores before masking', () => {
		const { scores, weights, output } = scaledDotProductAttention(I2, I2, V, { mask: 'causal' });
		expectClose(scores, [
			[Math.SQRT1_2, 0],
			[0, Math.SQRT1_2]
		]);
		expect(weights[0]).toEqual([1, 0]);
		expectClose(weights, [
			[1, 0],
			[1 - p, p]
		]);
		expectClose(output, [
			[1, 2],
			[2.3395230986533138, 3.3395230986533138]
		]);
	});

	it('does not divide when scale is false', () => {
		const { scores, weights } = scaledDotProductAttention(I2, I2, V, { scale: false });
		expect(scores).toEqual(I2);
		const e = Math.E / (Math.E + 1);
		expectClose(weights, [
			[e, 1 - e],
			[1 - e, e]
		]);
	});

	it('gives rows of weights that are probability distributions', () => {
		fc.assert(
			fc.property(
				sizes,
				fc.constantFrom('none', 'causal') as fc.Arbitrary<'none' | 'causal'>,
				(s, mask) => {
					const { Q, K, V } = qkv(createRng(s.seed), s.n, s.d, s.dv);
					const { weights, output } = scaledDotProductAttention(Q, K, V, { mask });
					for (const row of weights) {
						expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
						for (const w of row) expect(w).toBeGreaterThanOrEqual(0);
					}
					expect(output.length).toBe(s.n);
					expect(output[0].length).toBe(s.dv);
				}
			)
		);
	});

	it('puts exactly zero weight above the diagonal with the causal mask', () => {
		fc.assert(
			fc.property(sizes, (s) => {
				const { Q, K, V } = qkv(createRng(s.seed), s.n, s.d, s.dv);
				const { weights } = scaledDotProductAttention(Q, K, V, { mask: 'causal' });
				weights.forEach((row, i) => row.forEach((w, j) => j > i && expect(w).toBe(0)));
				// The first token can only see itself, so its output is V[0].
				expect(weights[0][0]).toBe(1);
			})
		);
	});

	it('is permutation-equivariant: permuting the tokens permutes the outputs', () => {
		fc.assert(
			fc.property(
				sizes.chain((s) =>
					fc.record({
						s: fc.constant(s),
						perm: fc.shuffledSubarray(
							Array.from({ length: s.n }, (_, i) => i),
							{ minLength: s.n, maxLength: s.n }
						)
					})
				),
				({ s, perm }) => {
					const { Q, K, V } = qkv(createRng(s.seed), s.n, s.d, s.dv);
					const P = <T>(M: T[]) => perm.map((i) => M[i]);
					const base = scaledDotProductAttention(Q, K, V);
					const permuted = scaledDotProductAttention(P(Q), P(K), P(V));
					expectClose(permuted.output, P(base.output));
					// Weights permute on both axes.
					expectClose(
						permuted.weights,
						P(base.weights).map((row) => P(row))
					);
				}
			)
		);
	});

	it('with scale false equals scale true with Q multiplied by √d_k', () => {
		fc.assert(
			fc.property(sizes, (s) => {
				const { Q, K, V } = qkv(createRng(s.seed), s.n, s.d, s.dv);
				const plain = scaledDotProductAttention(Q, K, V, { scale: false });
				const scaled = scaledDotProductAttention(scale(Q, Math.sqrt(s.d)), K, V);
				expectClose(scaled.scores, plain.scores);
				expectClose(scaled.weights, plain.weights);
				expectClose(scaled.output, plain.output);
			})
		);
	});

	it('stays finite for huge scores (stable softmax)', () => {
		const { weights, output } = scaledDotProductAttention(
			[[1000, 0]],
			[
				[1000, 0],
				[0, 0]
			],
			V
		);
		expect(weights[0]).toEqual([1, 0]);
		expect(output[0]).toEqual([1, 2]);
	});

	it('applies a boolean mask, and a row with nothing allowed gets zero weights and output', () => {
		const mask = [
			[false, true],
			[false, false]
		];
		const { scores, weights, output } = scaledDotProductAttention(I2, I2, V, { mask });
		expectClose(scores, [
			[Math.SQRT1_2, 0],
			[0, Math.SQRT1_2]
		]);
		expect(weights).toEqual([
			[0, 1],
			[0, 0]
		]);
		expect(output).toEqual([
			[3, 4],
			[0, 0]
		]);
	});

	it('treats the causal mask and causalMask(n) identically', () => {
		fc.assert(
			fc.property(sizes, (s) => {
				const { Q, K, V } = qkv(createRng(s.seed), s.n, s.d, s.dv);
				const a = scaledDotProductAttention(Q, K, V, { mask: 'causal' });
				const b = scaledDotProductAttention(Q, K, V, { mask: causalMask(s.n) });
				expect(b).toEqual(a);
			})
		);
	});

	it('supports fewer queries than keys (cross-attention shapes)', () => {
		const { weights, output } = scaledDotProductAttention([[0, 0]], I2, V);
		expect(weights).toEqual([[0.5, 0.5]]);
		expect(output).toEqual([[2, 3]]);
	});

	it('throws clear errors on shape mismatches', () => {
		expect(() => scaledDotProductAttention(I2, I2, [[1, 2]])).toThrow(/K has 2 rows but V has 1/);
		expect(() => scaledDotProductAttention(I2, [[1, 2, 3]], [[1]])).toThrow(/d_k = 2, K rows 3/);
		expect(() => scaledDotProductAttention(I2, I2, V, { mask: [[true, true]] })).toThrow(
			/mask must be 2×2/
		);
	});
});

describe('multiHeadAttention(X, heads, WO, opts)', () => {
	it('with one head and identity projections equals single-head attention', () => {
		fc.assert(
			fc.property(sizes, fc.boolean(), (s, causal) => {
				const X = randomMatrix(s.n, s.d, createRng(s.seed));
				const I = identity(s.d);
				const mask = causal ? 'causal' : 'none';
				const mha = multiHeadAttention(X, [{ WQ: I, WK: I, WV: I }], I, { mask });
				const single = scaledDotProductAttention(X, X, X, { mask });
				expect(mha.heads).toEqual([single]);
				expect(mha.concat).toEqual(single.output);
				expect(mha.output).toEqual(single.output);
			})
		);
	});

	it('attends per head with d_k = d_model / h, concatenates and projects with W_O', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 5 }), (seed, n) => {
				const rng = createRng(seed);
				const dModel = 4;
				const h = 2;
				const dk = dModel / h;
				const X = randomMatrix(n, dModel, rng);
				const heads = Array.from({ length: h }, () => ({
					WQ: randomMatrix(dModel, dk, rng),
					WK: randomMatrix(dModel, dk, rng),
					WV: randomMatrix(dModel, dk, rng)
				}));
				const WO = randomMatrix(dModel, dModel, rng);
				const mha = multiHeadAttention(X, heads, WO);
				heads.forEach((hd, i) => {
					const expected = scaledDotProductAttention(
						matmul(X, hd.WQ),
						matmul(X, hd.WK),
						matmul(X, hd.WV)
					);
					expect(mha.heads[i]).toEqual(expected);
				});
				expect(mha.concat).toEqual(
					mha.heads[0].output.map((row, r) => [...row, ...mha.heads[1].output[r]])
				);
				expect(mha.output).toEqual(matmul(mha.concat, WO));
				expect(mha.output[0].length).toBe(dModel);
			})
		);
	});

	it('throws when a projection or W_O has the wrong shape', () => {
		const X = randomMatrix(3, 4, createRng(1));
		const W = randomMatrix(4, 2, createRng(2));
		expect(() => multiHeadAttention(X, [{ WQ: W, WK: W, WV: identity(3) }], identity(2))).toThrow(
			/head 0 WV has 3 rows, expected d_model = 4/
		);
		expect(() => multiHeadAttention(X, [{ WQ: W, WK: W, WV: W }], identity(4))).toThrow(
			/W_O has 4 rows but the concatenated heads are 2 wide/
		);
		expect(() => multiHeadAttention(X, [], identity(4))).toThrow(/at least one head/);
	});
});

const T = true;
const F = false;

describe('causalMask(n), slidingWindowMask(n, window), blockSparseMask(n, block)', () => {
	it('builds the lower triangle for causalMask', () => {
		expect(causalMask(3)).toEqual([
			[T, F, F],
			[T, T, F],
			[T, T, T]
		]);
	});

	it('builds a band of half-width `window` for slidingWindowMask', () => {
		expect(slidingWindowMask(5, 1)).toEqual([
			[T, T, F, F, F],
			[T, T, T, F, F],
			[F, T, T, T, F],
			[F, F, T, T, T],
			[F, F, F, T, T]
		]);
		expect(slidingWindowMask(3, 0)).toEqual([
			[T, F, F],
			[F, T, F],
			[F, F, T]
		]);
	});

	it('builds local blocks plus the first token of each earlier block for blockSparseMask', () => {
		// Blocks {0, 1}, {2, 3}, {4}; the first tokens 0 and 2 are visible to later blocks.
		expect(blockSparseMask(5, 2)).toEqual([
			[T, T, F, F, F],
			[T, T, F, F, F],
			[T, F, T, T, F],
			[T, F, T, T, F],
			[T, F, T, F, T]
		]);
	});

	it('gives a causal sliding window of window + 1 keys per row when intersected', () => {
		const m = intersectMasks(slidingWindowMask(6, 2), causalMask(6));
		m.forEach((row, i) => expect(row.filter(Boolean).length).toBe(Math.min(i, 2) + 1));
		expect(() => intersectMasks(causalMask(2), causalMask(3))).toThrow(/different shapes/);
	});

	it('rejects invalid sizes', () => {
		expect(() => causalMask(-1)).toThrow(/n must be an integer ≥ 0/);
		expect(() => slidingWindowMask(4, 1.5)).toThrow(/window must be an integer ≥ 0/);
		expect(() => blockSparseMask(4, 0)).toThrow(/block must be an integer ≥ 1/);
	});
});

describe('maskCount(mask)', () => {
	it('counts the allowed entries', () => {
		expect(maskCount(causalMask(4))).toBe(10);
		expect(maskCount(blockSparseMask(5, 2))).toBe(13);
		expect(maskCount([])).toBe(0);
	});
});

describe('attentionCost(n, opts)', () => {
	it('agrees with maskCount of the built masks', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 40 }),
				fc.integer({ min: 0, max: 45 }),
				fc.integer({ min: 1, max: 45 }),
				(n, window, block) => {
					const c = attentionCost(n, { window, block });
					expect(c.full.entries).toBe(n * n);
					expect(c.causal.entries).toBe(maskCount(causalMask(n)));
					expect(c.slidingWindow?.entries).toBe(maskCount(slidingWindowMask(n, window)));
					expect(c.blockSparse?.entries).toBe(maskCount(blockSparseMask(n, block)));
				}
			)
		);
	});

	it('handles n = 131072 in closed form with hand-computed counts', () => {
		const n = 131072;
		const c = attentionCost(n, { window: 4096, block: 256 });
		expect(c.full).toEqual({ entries: 17179869184, bytes: 34359738368, density: 1 });
		expect(c.causal.entries).toBe((n * (n + 1)) / 2);
		// n(2w + 1) − w(w + 1)
		expect(c.slidingWindow?.entries).toBe(1057091584);
		// 512 blocks: 512·256² local + 256·(0 + 1 + … + 511) global
		expect(c.blockSparse?.entries).toBe(67043328);
		expect(c.blockSparse?.density).toBeCloseTo(67043328 / n ** 2, 15);
	});

	it('uses bytesPerEntry and omits patterns whose parameter is missing', () => {
		const c = attentionCost(10, { bytesPerEntry: 4 });
		expect(c.full.bytes).toBe(400);
		expect(c.causal.bytes).toBe(220);
		expect(c.slidingWindow).toBeUndefined();
		expect(c.blockSparse).toBeUndefined();
		expect(() => attentionCost(10, { bytesPerEntry: 0 })).toThrow(/bytesPerEntry/);
	});
});
