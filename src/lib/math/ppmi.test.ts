import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cooccurrence, densify, ppmi, sparseMatmul, type SparseRows } from './ppmi';
import { matmul } from './linalg';

describe('cooccurrence(sentences, size, window)', () => {
	it('counts pairs within the window, both ways', () => {
		expect(densify(cooccurrence([[0, 1, 2]], 3, 1), 3)).toEqual([
			[0, 1, 0],
			[1, 0, 1],
			[0, 1, 0]
		]);
		expect(densify(cooccurrence([[0, 1, 2]], 3, 2), 3)).toEqual([
			[0, 1, 1],
			[1, 0, 1],
			[1, 1, 0]
		]);
	});
	it('never pairs tokens of different sentences, and counts repeats', () => {
		expect(densify(cooccurrence([[0, 1], [1, 0], [2]], 3, 5), 3)).toEqual([
			[0, 2, 0],
			[2, 0, 0],
			[0, 0, 0]
		]);
	});
	it('is symmetric', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 8 }), { maxLength: 5 }),
				fc.integer({ min: 1, max: 4 }),
				(sentences, window) => {
					const C = densify(cooccurrence(sentences, 6, window), 6);
					C.forEach((row, i) => row.forEach((v, j) => expect(v).toBe(C[j][i])));
				}
			)
		);
	});
	it('rejects a window below 1 and ids outside the vocabulary', () => {
		expect(() => cooccurrence([[0]], 1, 0)).toThrow(/window/);
		expect(() => cooccurrence([[0, 3]], 2, 1)).toThrow(/outside/);
	});
});

describe('ppmi(counts, alpha)', () => {
	// Row sums n₀ = 2, n₁ = 4, N = 6.
	const counts: SparseRows = [
		new Map([[1, 2]]),
		new Map([
			[0, 2],
			[1, 2]
		])
	];
	it('matches log P(w,c) / (P(w)P(c)) by hand with α = 1, dropping non-positive values', () => {
		const m = ppmi(counts, 1);
		expect(m[0].get(1)).toBeCloseTo(Math.log(2 / 6 / ((2 / 6) * (4 / 6))), 12); // log 1.5
		expect(m[1].get(0)).toBeCloseTo(Math.log(1.5), 12);
		expect(m[1].has(1)).toBe(false); // log 0.75 < 0
	});
	it('smooths the marginals with α: rare words get a smaller PMI', () => {
		const z = 2 ** 0.75 + 4 ** 0.75;
		const expected = Math.log(2 / 6 / ((2 ** 0.75 / z) * (4 ** 0.75 / z)));
		expect(ppmi(counts, 0.75)[0].get(1)).toBeCloseTo(expected, 12);
		expect(expected).toBeLessThan(Math.log(1.5));
	});
	it('keeps a symmetric matrix symmetric and leaves empty rows empty', () => {
		const m = ppmi(
			cooccurrence(
				[
					[0, 1, 2, 0, 3],
					[2, 3]
				],
				5,
				2
			)
		);
		const D = densify(m, 5);
		D.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(D[j][i], 12)));
		expect(m[4].size).toBe(0);
		expect(D.flat().every((v) => v >= 0)).toBe(true);
	});
	it('rejects α outside (0, 1]', () => {
		expect(() => ppmi(counts, 0)).toThrow(/alpha/);
		expect(() => ppmi(counts, 1.5)).toThrow(/alpha/);
	});
});

describe('sparseMatmul(A, B)', () => {
	it('equals the dense product', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 4, maxLength: 4 }), {
					minLength: 1,
					maxLength: 5
				}),
				fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 3, maxLength: 3 }), {
					minLength: 4,
					maxLength: 4
				}),
				(A, B) => {
					const sparse = A.map((row) => new Map(row.flatMap((v, j) => (v ? [[j, v]] : []))));
					const got = sparseMatmul(sparse as SparseRows, B);
					const want = matmul(A, B);
					got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(want[i][j], 12)));
				}
			)
		);
	});
});
