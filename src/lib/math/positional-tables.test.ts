import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { positionalSimilarity, sinusoidalPositionalEncoding } from './positional';
import { positionalEncodingTable, positionalSimilarityTable } from './positional-tables';

const sizes = fc.record({
	length: fc.integer({ min: 0, max: 40 }),
	dModel: fc.integer({ min: 1, max: 33 })
});

describe('positionalEncodingTable(length, dModel)', () => {
	/** The largest difference, entry for entry, from sinusoidalPositionalEncoding. */
	const gap = (length: number, dModel: number) => {
		const expected = sinusoidalPositionalEncoding(length, dModel);
		const got = positionalEncodingTable(length, dModel);
		expect(got.length).toBe(length);
		let largest = 0;
		got.forEach((row, p) =>
			row.forEach((v, c) => (largest = Math.max(largest, Math.abs(v - expected[p][c]))))
		);
		return largest;
	};
	it('equals sinusoidalPositionalEncoding within 1e-12', () => {
		fc.assert(fc.property(sizes, ({ length, dModel }) => gap(length, dModel) < 1e-12));
	});
	it('stays within 1e-12 at the largest size the page draws, anchor rows exact', () => {
		expect(gap(512, 512)).toBeLessThan(1e-12);
		expect(gap(512, 511)).toBeLessThan(1e-12);
		const exact = sinusoidalPositionalEncoding(49, 10);
		expect(positionalEncodingTable(49, 10)[48]).toEqual(exact[48]);
		expect(positionalEncodingTable(49, 10)[47]).not.toEqual(exact[47]);
	});
	it('shares the rows of the same width, whatever the order of lengths', () => {
		const long = positionalEncodingTable(12, 6);
		const short = positionalEncodingTable(5, 6);
		expect(short[4]).toBe(long[4]);
		expect(gap(20, 6)).toBeLessThan(1e-12);
		expect(gap(3, 8)).toBeLessThan(1e-12);
	});
	it('rejects bad sizes', () => {
		expect(() => positionalEncodingTable(-1, 4)).toThrow(/length/);
		expect(() => positionalEncodingTable(3, 0)).toThrow(/dModel/);
	});
});

describe('positionalSimilarityTable(length, dModel)', () => {
	it('equals PE·PEᵀ, for even and odd d_model', () => {
		fc.assert(
			fc.property(sizes, ({ length, dModel }) => {
				const expected = positionalSimilarity(sinusoidalPositionalEncoding(length, dModel));
				const got = positionalSimilarityTable(length, dModel);
				expect(got.length).toBe(length);
				got.forEach((row, p) => row.forEach((v, q) => expect(v).toBeCloseTo(expected[p][q], 9)));
			})
		);
	});
	it('has d/2 on the diagonal and, for even d, depends only on the offset', () => {
		const S = positionalSimilarityTable(30, 16);
		for (let p = 0; p < 30; p++) expect(S[p][p]).toBeCloseTo(8, 12);
		expect(S[3][10]).toBe(S[10][3]);
		expect(S[3][10]).toBe(S[20][27]);
		// Neighbours are more alike than positions far apart.
		expect(S[10][11]).toBeGreaterThan(S[10][25]);
	});
	it('takes the unpaired sin column into account for odd d', () => {
		// d = 1: PE[p] = [sin p], so the similarity is sin p · sin q.
		const S = positionalSimilarityTable(4, 1);
		expect(S[2][3]).toBeCloseTo(Math.sin(2) * Math.sin(3), 12);
	});
});
