import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseMaskedPositions, corrupt, maskedCount, maskedInput } from './mlm-masking';

const sentence = 'language models predict the next token in a sequence of text'.split(' ');

describe('maskedCount(n)', () => {
	it('is 15% rounded, at least one', () => {
		expect(maskedCount(0)).toBe(0);
		expect(maskedCount(1)).toBe(1);
		expect(maskedCount(7)).toBe(1);
		expect(maskedCount(11)).toBe(2);
		expect(maskedCount(20)).toBe(3);
		expect(maskedCount(512)).toBe(77);
	});
});

describe('chooseMaskedPositions(n, seed)', () => {
	it('chooses maskedCount(n) distinct positions, ascending, the same for the same seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 60 }), fc.integer(), (n, seed) => {
				const chosen = chooseMaskedPositions(n, seed);
				expect(chosen).toHaveLength(maskedCount(n));
				expect(new Set(chosen).size).toBe(chosen.length);
				chosen.forEach((p, i) => {
					expect(p).toBeGreaterThanOrEqual(0);
					expect(p).toBeLessThan(n);
					if (i > 0) expect(p).toBeGreaterThan(chosen[i - 1]);
				});
				expect(chooseMaskedPositions(n, seed)).toEqual(chosen);
			})
		);
	});
	it('spreads its choices over every position across seeds', () => {
		const hits = new Array(11).fill(0);
		for (let seed = 0; seed < 2000; seed++)
			for (const p of chooseMaskedPositions(11, seed)) hits[p]++;
		// 2000 draws of 2 positions out of 11: about 364 each.
		for (const h of hits) expect(h).toBeGreaterThan(280);
	});
});

describe('corrupt(tokens, chosen, seed, vocabulary, rule)', () => {
	it('follows the 80-10-10 rule over many draws', () => {
		const counts = { mask: 0, random: 0, keep: 0 };
		for (let seed = 0; seed < 4000; seed++) {
			for (const c of corrupt(sentence, [0, 5], seed, sentence).values()) counts[c.kind]++;
		}
		expect(counts.mask / 8000).toBeCloseTo(0.8, 1);
		expect(counts.random / 8000).toBeCloseTo(0.1, 1);
		expect(counts.keep / 8000).toBeCloseTo(0.1, 1);
	});
	it('never swaps in the same token when another is available', () => {
		for (let seed = 0; seed < 500; seed++) {
			for (const [i, c] of corrupt(sentence, [1, 3], seed, sentence)) {
				if (c.kind === 'random') expect(c.token).not.toBe(sentence[i]);
			}
		}
	});
	it('masks every chosen position without the rule', () => {
		const all = corrupt(sentence, [1, 2, 3], 7, sentence, false);
		expect([...all.values()].every((c) => c.kind === 'mask')).toBe(true);
		expect([...all.keys()]).toEqual([1, 2, 3]);
	});
});

describe('maskedInput(tokens, corruptions)', () => {
	it('applies [MASK], random and kept tokens', () => {
		const corruptions = new Map([
			[0, { kind: 'mask' as const }],
			[1, { kind: 'random' as const, token: 'dog' }],
			[2, { kind: 'keep' as const }]
		]);
		expect(maskedInput(['the', 'cat', 'sat', 'down'], corruptions)).toEqual([
			'[MASK]',
			'dog',
			'sat',
			'down'
		]);
	});
});

describe('maskedCount(n, rate) and chooseMaskedPositions(n, seed, rate) at other rates', () => {
	it('choose round(n · rate) positions, at least one and at most n', () => {
		expect(maskedCount(20, 0.5)).toBe(10);
		expect(maskedCount(3, 0.05)).toBe(1);
		expect(maskedCount(4, 1)).toBe(4);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 80 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer(),
				(n, rate, seed) => {
					const chosen = chooseMaskedPositions(n, seed, rate);
					expect(chosen).toHaveLength(Math.min(n, Math.max(1, Math.round(n * rate))));
					expect(new Set(chosen).size).toBe(chosen.length);
				}
			)
		);
	});
});

describe('corrupt: the 80-10-10 split, as a property over seeds', () => {
	it('for any seed, 2,000 chosen positions split about 80 / 10 / 10', () => {
		const tokens = Array.from({ length: 2000 }, (_, i) => `w${i % 50}`);
		const all = tokens.map((_, i) => i);
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
				const counts = { mask: 0, random: 0, keep: 0 };
				for (const c of corrupt(tokens, all, seed, tokens.slice(0, 50)).values()) counts[c.kind]++;
				// Binomial standard deviations: 0.9% for 80%, 0.7% for 10%; 4% is over five of them.
				expect(Math.abs(counts.mask / 2000 - 0.8)).toBeLessThan(0.04);
				expect(Math.abs(counts.random / 2000 - 0.1)).toBeLessThan(0.04);
				expect(Math.abs(counts.keep / 2000 - 0.1)).toBeLessThan(0.04);
			}),
			{ numRuns: 50 }
		);
	});
	it('corrupts exactly the chosen positions, the same way for the same seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 40 }), fc.integer(), (n, seed) => {
				const tokens = Array.from({ length: n }, (_, i) => `t${i}`);
				const chosen = chooseMaskedPositions(n, seed);
				const out = corrupt(tokens, chosen, seed, tokens);
				expect([...out.keys()]).toEqual(chosen);
				expect(corrupt(tokens, chosen, seed, tokens)).toEqual(out);
			})
		);
	});
});
