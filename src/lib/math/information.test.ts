import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropy, entropy, klDivergence, perplexity, perplexityOf } from './information';

/** A random distribution over n outcomes (all entries positive). */
const distribution = (n: number) =>
	fc
		.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n })
		.map((w) => {
			const s = w.reduce((a, b) => a + b, 0);
			return w.map((v) => v / s);
		});
const pair = fc
	.integer({ min: 1, max: 10 })
	.chain((n) => fc.tuple(distribution(n), distribution(n)));

describe('entropy(probs)', () => {
	it('is 3 bits for the uniform distribution over 8', () => {
		expect(entropy(new Array(8).fill(1 / 8))).toBe(3);
	});

	it('is 0 for a one-hot distribution (0 · log 0 = 0)', () => {
		expect(entropy([0, 1, 0])).toBe(0);
	});

	it('is 1.5 bits for [1/2, 1/4, 1/4]', () => {
		expect(entropy([0.5, 0.25, 0.25])).toBe(1.5);
	});

	it('lies between 0 and log₂ n', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 20 }).chain(distribution), (p) => {
				const h = entropy(p);
				expect(h).toBeGreaterThanOrEqual(0);
				expect(h).toBeLessThanOrEqual(Math.log2(p.length) + 1e-12);
			})
		);
	});
});

describe('perplexity(probs)', () => {
	it('is n for the uniform distribution over n', () => {
		expect(perplexity(new Array(8).fill(1 / 8))).toBe(8);
		expect(perplexity([0.25, 0.25, 0.25, 0.25])).toBe(4);
	});

	it('is 1 for a one-hot distribution and 2^1.5 for [1/2, 1/4, 1/4]', () => {
		expect(perplexity([1, 0])).toBe(1);
		expect(perplexity([0.5, 0.25, 0.25])).toBeCloseTo(2 ** 1.5, 14);
	});
});

describe('perplexityOf(logProbsNatural)', () => {
	it('is 4 when every token had probability 1/4', () => {
		expect(perplexityOf([Math.log(0.25), Math.log(0.25), Math.log(0.25)])).toBeCloseTo(4, 12);
	});

	it('is the inverse geometric mean of the probabilities', () => {
		// Probabilities 1/2 and 1/8: geometric mean 1/4, perplexity 4.
		expect(perplexityOf([Math.log(0.5), Math.log(0.125)])).toBeCloseTo(4, 12);
	});

	it('equals 2^crossEntropy when the tokens are drawn in proportion to p', () => {
		// A sequence with 2 tokens of probability 1/2 and 1 of probability 1/4 under the model.
		const p = [2 / 3, 1 / 3];
		const q = [1 / 2, 1 / 4];
		const seq = [Math.log(0.5), Math.log(0.5), Math.log(0.25)];
		expect(perplexityOf(seq)).toBeCloseTo(
			2 ** -(p[0] * Math.log2(q[0]) + p[1] * Math.log2(q[1])),
			12
		);
	});

	it('is Infinity if a token had probability 0, and throws on an empty sequence', () => {
		expect(perplexityOf([0, -Infinity])).toBe(Infinity);
		expect(() => perplexityOf([])).toThrow(/no log-probabilities/);
	});
});

describe('crossEntropy(p, q)', () => {
	it('equals entropy when q = p', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10 }).chain(distribution), (p) => {
				expect(crossEntropy(p, p)).toBeCloseTo(entropy(p), 12);
			})
		);
	});

	it('is 2 bits for p = [1, 0] against q = [1/4, 3/4]', () => {
		expect(crossEntropy([1, 0], [0.25, 0.75])).toBe(2);
	});

	it('is H(p) + KL(p ‖ q) and at least H(p)', () => {
		fc.assert(
			fc.property(pair, ([p, q]) => {
				expect(crossEntropy(p, q)).toBeCloseTo(entropy(p) + klDivergence(p, q), 10);
				expect(crossEntropy(p, q)).toBeGreaterThanOrEqual(entropy(p) - 1e-12);
			})
		);
	});

	it('is Infinity where q = 0 but p > 0, and ignores q where p = 0', () => {
		expect(crossEntropy([0.5, 0.5], [1, 0])).toBe(Infinity);
		expect(crossEntropy([1, 0], [1, 0])).toBe(0);
	});

	it('throws on different lengths', () => {
		expect(() => crossEntropy([1], [0.5, 0.5])).toThrow(/entries/);
	});
});

describe('klDivergence(p, q)', () => {
	it('is 1 bit for [1, 0] against [1/2, 1/2]', () => {
		expect(klDivergence([1, 0], [0.5, 0.5])).toBe(1);
	});

	it('is 0.75·log₂(1.5) + 0.25·log₂(0.5) for [3/4, 1/4] against [1/2, 1/2]', () => {
		expect(klDivergence([0.75, 0.25], [0.5, 0.5])).toBeCloseTo(
			0.75 * Math.log2(1.5) + 0.25 * Math.log2(0.5),
			14
		);
	});

	it('is ≥ 0, and 0 for q = p', () => {
		fc.assert(
			fc.property(pair, ([p, q]) => {
				expect(klDivergence(p, q)).toBeGreaterThanOrEqual(-1e-12);
				expect(klDivergence(p, p)).toBe(0);
			})
		);
	});

	it('is not symmetric', () => {
		expect(klDivergence([0.9, 0.1], [0.5, 0.5])).not.toBeCloseTo(
			klDivergence([0.5, 0.5], [0.9, 0.1]),
			3
		);
	});

	it('is Infinity where q = 0 but p > 0', () => {
		expect(klDivergence([0.5, 0.5], [1, 0])).toBe(Infinity);
		expect(klDivergence([1, 0], [0.5, 0.5])).toBe(1);
	});
});
