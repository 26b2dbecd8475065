import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bm25Breakdown, bm25Idf, bm25Index, bm25Scores } from './bm25';

// N = 3 documents, avgdl = 2; "a" and "c" are each in two documents.
const docs = [['a', 'b'], ['a', 'a', 'c'], ['c']];

describe('bm25Scores(index, query)', () => {
	const index = bm25Index(docs, { k1: 1.2, b: 0.75 });
	it('scores a hand-checked example (k₁ = 1.2, b = 0.75)', () => {
		// IDF(a) = ln(1 + (3 − 2 + 0.5) / (2 + 0.5)) = ln 1.6 = 0.470004
		expect(bm25Idf(index, 'a')).toBeCloseTo(0.470004, 6);
		// D₀: f = 1, |D| = avgdl: 1 · 2.2 / (1 + 1.2) = 1, so the score is the IDF.
		// D₁: f = 2, |D| = 3: norm 0.25 + 0.75 · 1.5 = 1.375; 2 · 2.2 / (2 + 1.65) = 1.205479.
		const a = bm25Scores(index, ['a']);
		expect(a[0]).toBeCloseTo(0.470004, 6);
		expect(a[1]).toBeCloseTo(0.56658, 5);
		expect(a[2]).toBe(0);
		// "c" in D₁ (|D| = 3): 2.2 / (1 + 1.65) · ln 1.6 = 0.390192; in D₂ (|D| = 1, norm 0.625):
		// 2.2 / 1.75 · ln 1.6 = 0.590862: the short document wins.
		const ac = bm25Scores(index, ['a', 'c']);
		expect(ac[1]).toBeCloseTo(0.956771, 5);
		expect(ac[2]).toBeCloseTo(0.590862, 5);
	});
	it('counts a repeated query term once and ignores unknown terms', () => {
		expect([...bm25Scores(index, ['a', 'a', 'zebra'])]).toEqual([...bm25Scores(index, ['a'])]);
		expect([...bm25Scores(index, [])]).toEqual([0, 0, 0]);
	});
	it('gives a rarer term a larger IDF', () => {
		expect(bm25Idf(index, 'b')).toBeGreaterThan(bm25Idf(index, 'a'));
		expect(bm25Idf(index, 'b')).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 12);
	});
	it('breaks a score down into term shares that add up to it', () => {
		const parts = bm25Breakdown(index, 1, ['a', 'c', 'b']);
		expect(parts.map((p) => p.count)).toEqual([2, 1, 0]);
		expect(parts.reduce((s, p) => s + p.score, 0)).toBeCloseTo(
			bm25Scores(index, ['a', 'c', 'b'])[1],
			12
		);
	});
	it('is non-negative, grows with a term’s count, and does not depend on document order', () => {
		const word = fc.constantFrom('x', 'y', 'z', 'w');
		fc.assert(
			fc.property(
				fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
				fc.array(word, { minLength: 1, maxLength: 3 }),
				(ds, q) => {
					const s = bm25Scores(bm25Index(ds), q);
					for (const x of s) expect(x).toBeGreaterThanOrEqual(0);
					const reversed = bm25Scores(bm25Index([...ds].reverse()), q);
					expect([...reversed].reverse().map((x) => x.toFixed(9))).toEqual(
						[...s].map((x) => x.toFixed(9))
					);
					// Adding one more occurrence of a query term to a document (others unchanged in
					// length) raises its score when b = 0 (no length normalisation).
					const more = ds.map((d, i) => (i === 0 ? [...d, q[0]] : d));
					expect(bm25Scores(bm25Index(more, { b: 0 }), q)[0]).toBeGreaterThan(
						bm25Scores(bm25Index(ds, { b: 0 }), q)[0]
					);
				}
			)
		);
	});
});
