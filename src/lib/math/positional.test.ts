import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	positionalSimilarity,
	shiftMatrix,
	sinusoidalPositionalEncoding,
	sinusoidFrequency
} from './positional';
import { dot, identity } from './linalg';

const evenD = fc.integer({ min: 1, max: 16 }).map((h) => 2 * h);

describe('sinusoidFrequency(i, dModel)', () => {
	it('is 1 / 10000^(2i/d): 1 for the first pair, falling by 10000^(2/d) per pair', () => {
		expect(sinusoidFrequency(0, 8)).toBe(1);
		expect(sinusoidFrequency(1, 4)).toBeCloseTo(0.01, 15);
		expect(sinusoidFrequency(2, 4)).toBeCloseTo(1e-4, 18);
		expect(sinusoidFrequency(3, 512)).toBeCloseTo(10000 ** (-6 / 512), 15);
	});
	it('falls strictly from pair to pair within the encoding, staying above 1/10000', () => {
		const pairAndWidth = fc
			.integer({ min: 3, max: 1024 })
			.chain((d) => fc.tuple(fc.constant(d), fc.integer({ min: 0, max: Math.ceil(d / 2) - 2 })));
		fc.assert(
			fc.property(pairAndWidth, ([d, i]) => {
				expect(sinusoidFrequency(i + 1, d)).toBeLessThan(sinusoidFrequency(i, d));
				expect(sinusoidFrequency(i + 1, d)).toBeGreaterThanOrEqual(1e-4);
			})
		);
	});
});

describe('sinusoidalPositionalEncoding(length, dModel)', () => {
	it('is sin 0 = 0 and cos 0 = 1 alternating at position 0', () => {
		expect(sinusoidalPositionalEncoding(1, 6)).toEqual([[0, 1, 0, 1, 0, 1]]);
	});

	it('matches hand values at position 1 and 2 for dModel = 4', () => {
		// ω₀ = 1, ω₁ = 1 / 10000^(2/4) = 0.01.
		const pe = sinusoidalPositionalEncoding(3, 4);
		expect(pe[1][0]).toBe(Math.sin(1));
		expect(pe[1][1]).toBe(Math.cos(1));
		expect(pe[1][2]).toBeCloseTo(Math.sin(0.01), 15);
		expect(pe[1][3]).toBeCloseTo(Math.cos(0.01), 15);
		expect(pe[2][0]).toBe(Math.sin(2));
		expect(pe[2][2]).toBeCloseTo(Math.sin(0.02), 15);
	});

	it('makes the last column the sin term for odd dModel', () => {
		// d = 3: the pair i = 1 has ω = 1 / 10000^(2/3); column 2 is its sin.
		const pe = sinusoidalPositionalEncoding(5, 3);
		expect(pe[0]).toEqual([0, 1, 0]);
		expect(pe[4][2]).toBeCloseTo(Math.sin(4 / Math.pow(10000, 2 / 3)), 15);
		expect(pe[4].length).toBe(3);
	});

	it('keeps every value in [-1, 1] and every (sin, cos) pair on the unit circle', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 17 }), (n, d) => {
				const pe = sinusoidalPositionalEncoding(n, d);
				expect(pe.length).toBe(n);
				for (const row of pe) {
					expect(row.length).toBe(d);
					for (const v of row) expect(Math.abs(v)).toBeLessThanOrEqual(1);
					for (let c = 0; c + 1 < d; c += 2) {
						expect(row[c] ** 2 + row[c + 1] ** 2).toBeCloseTo(1, 12);
					}
				}
			})
		);
	});

	it('rejects invalid sizes', () => {
		expect(() => sinusoidalPositionalEncoding(-1, 4)).toThrow(/length must be an integer/);
		expect(() => sinusoidalPositionalEncoding(4, 0)).toThrow(/dModel must be an integer ≥ 1/);
	});
});

describe('positionalSimilarity(pe)', () => {
	it('is PE·PEᵀ: dModel/2 on the diagonal for even dModel', () => {
		const sim = positionalSimilarity(sinusoidalPositionalEncoding(5, 8));
		sim.forEach((row, p) => expect(row[p]).toBeCloseTo(4, 12));
		// Symmetric.
		sim.forEach((row, p) => row.forEach((v, q) => expect(v).toBe(sim[q][p])));
	});

	it('matches the hand formula Σ cos(kω_i) for dModel = 2 (ω = 1)', () => {
		const sim = positionalSimilarity(sinusoidalPositionalEncoding(4, 2));
		expect(sim[0][3]).toBeCloseTo(Math.cos(3), 12);
		expect(sim[2][1]).toBeCloseTo(Math.cos(1), 12);
	});

	it('depends only on the offset k: PE[p]·PE[p+k] is the same for every p', () => {
		fc.assert(
			fc.property(
				evenD,
				fc.integer({ min: 0, max: 500 }),
				fc.integer({ min: 0, max: 500 }),
				fc.integer({ min: 0, max: 50 }),
				(d, p, q, k) => {
					const pe = sinusoidalPositionalEncoding(Math.max(p, q) + k + 1, d);
					const expected = Array.from({ length: d / 2 }, (_, i) =>
						Math.cos(k / Math.pow(10000, (2 * i) / d))
					).reduce((a, b) => a + b, 0);
					expect(dot(pe[p], pe[p + k])).toBeCloseTo(expected, 9);
					expect(dot(pe[q], pe[q + k])).toBeCloseTo(dot(pe[p], pe[p + k]), 9);
				}
			)
		);
	});
});

describe('shiftMatrix(dModel, k)', () => {
	it('is the identity for k = 0', () => {
		// `+ 0` turns the −sin(0) = −0 entries into 0 for the deep equality.
		expect(shiftMatrix(6, 0).map((row) => row.map((v) => v + 0))).toEqual(identity(6));
	});

	it('is the hand-computed rotation block for dModel = 2', () => {
		expect(shiftMatrix(2, 1)).toEqual([
			[Math.cos(1), Math.sin(1)],
			[-Math.sin(1), Math.cos(1)]
		]);
	});

	it('maps PE[pos] to PE[pos + k] for every pos and k (the rotation property)', () => {
		fc.assert(
			fc.property(
				evenD,
				fc.integer({ min: 0, max: 1000 }),
				fc.integer({ min: -50, max: 50 }),
				(d, pos, k) => {
					fc.pre(pos + k >= 0);
					const pe = sinusoidalPositionalEncoding(Math.max(pos, pos + k) + 1, d);
					const M = shiftMatrix(d, k);
					const shifted = M.map((row) => dot(row, pe[pos]));
					shifted.forEach((v, c) => expect(v).toBeCloseTo(pe[pos + k][c], 9));
				}
			)
		);
	});

	it('composes: M_a · M_b = M_(a+b)', () => {
		fc.assert(
			fc.property(
				evenD,
				fc.integer({ min: -20, max: 20 }),
				fc.integer({ min: -20, max: 20 }),
				(d, a, b) => {
					const Ma = shiftMatrix(d, a);
					const Mb = shiftMatrix(d, b);
					const Mab = shiftMatrix(d, a + b);
					Ma.forEach((row, r) =>
						row.forEach((_, c) =>
							expect(
								dot(
									row,
									Mb.map((x) => x[c])
								)
							).toBeCloseTo(Mab[r][c], 12)
						)
					);
				}
			)
		);
	});

	it('throws for odd dModel, where no exact linear shift exists', () => {
		expect(() => shiftMatrix(3, 1)).toThrow(/dModel must be even/);
	});
});
