import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EOS, UNK, generate, trainNgram, trainNgramSteps, type NgramModel } from './ngram';
import { createRng, mulberry32, randomInt } from './rng';

const sum = (xs: ArrayLike<number>) => Array.from(xs).reduce((a, b) => a + b, 0);
const p = (model: NgramModel, context: string[], token: string) =>
	model.distribution(context)[model.index.get(token)!];

/*
 * The tiny corpus "a b . a c . b", D = 0.75. Padded for order 2:
 *   <s> a b </s>   <s> a c </s>   <s> b </s>
 * Bigram counts: <s>a ×2, <s>b, ab, ac, b</s> ×2, c</s>. Vocabulary: <unk> </s> a b c (|V| = 5).
 *
 * Unigram continuation counts N1+(·w): a {<s>} = 1, b {a, <s>} = 2, c {a} = 1, </s> {b, c} = 2;
 * N1+(··) = 6 bigram types, 4 words with a positive count, so γ = 0.75 · 4 / 6 = 1/2 and
 *   P1(a) = P1(c) = 0.25/6 + (1/2)(1/5) = 17/120,  P1(b) = P1(</s>) = 1.25/6 + 1/10 = 37/120,
 *   P1(<unk>) = 1/10 = 12/120.
 * Bigram context a: c(a·) = 2, two types, γ = 0.75:
 *   P(b | a) = 0.25/2 + 0.75 · 37/120 = 0.35625,  P(c | a) = 0.125 + 0.75 · 17/120 = 0.23125,
 *   P(a | a) = 0.75 · 17/120 = 0.10625,  P(</s> | a) = 0.23125,  P(<unk> | a) = 0.075.
 * Bigram context <s>: c = 3 (a ×2, b), γ = 0.75 · 2/3 = 1/2:
 *   P(a | <s>) = 1.25/3 + (1/2)(17/120) = 0.4875,  P(b | <s>) = 0.25/3 + (1/2)(37/120) = 0.2375.
 */
const tiny = [['a', 'b'], ['a', 'c'], ['b']];

describe('trainNgram(sentences, order, opts)', () => {
	it('builds the vocabulary: <unk>, </s>, then tokens in order of appearance; never <s>', () => {
		const model = trainNgram(tiny, 2);
		expect(model.vocab).toEqual([UNK, EOS, 'a', 'b', 'c']);
		expect([...model.index]).toEqual(model.vocab.map((t, i) => [t, i]));
		expect(model.order).toBe(2);
		expect(model.discount).toBe(0.75);
		expect(trainNgram([['<s>', 'a']], 2).vocab).toEqual([UNK, EOS, 'a']);
	});

	it('counts distinct n-grams per order', () => {
		expect(trainNgram(tiny, 1).ngramCounts()).toEqual([4]);
		expect(trainNgram(tiny, 2).ngramCounts()).toEqual([4, 6]);
		// Trigrams: <s><s>a, <s>ab, ab</s>, <s>ac, ac</s>, <s><s>b, <s>b</s>.
		expect(trainNgram(tiny, 3).ngramCounts()).toEqual([4, 6, 7]);
	});

	it('gives a uniform distribution over <unk> and </s> when trained on nothing', () => {
		for (const order of [1, 3]) {
			const model = trainNgram([], order);
			expect(model.vocab).toEqual([UNK, EOS]);
			expect(Array.from(model.distribution(['a']))).toEqual([0.5, 0.5]);
			expect(model.ngramCounts()).toEqual(new Array(order).fill(0));
		}
	});

	it('rejects an order outside 1–5 and a discount outside (0, 1]', () => {
		expect(() => trainNgram(tiny, 0)).toThrow(/order/);
		expect(() => trainNgram(tiny, 6)).toThrow(/order/);
		expect(() => trainNgram(tiny, 2.5)).toThrow(/order/);
		expect(() => trainNgram(tiny, 2, { discount: 0 })).toThrow(/discount/);
		expect(() => trainNgram(tiny, 2, { discount: 1.5 })).toThrow(/discount/);
	});
});

describe('NgramModel.distribution(context)', () => {
	it('gives the hand-computed bigram Kneser-Ney probabilities', () => {
		const model = trainNgram(tiny, 2);
		const afterA = Array.from(model.distribution(['a']));
		[0.075, 0.23125, 0.10625, 0.35625, 0.23125].forEach((v, i) =>
			expect(afterA[i]).toBeCloseTo(v, 14)
		);
		expect(p(model, [], 'a')).toBeCloseTo(0.4875, 14);
		expect(p(model, [], 'b')).toBeCloseTo(0.2375, 14);
	});

	it('backs off to the continuation unigram for an unseen or unknown context', () => {
		const model = trainNgram(tiny, 2);
		const unigram = [12, 37, 17, 37, 17].map((v) => v / 120);
		for (const context of [['zzz'], ['c', 'zzz'], [UNK]]) {
			const dist = model.distribution(context);
			unigram.forEach((v, i) => expect(dist[i]).toBeCloseTo(v, 14));
		}
	});

	it('uses the discount it is given', () => {
		// D = 0.5: P1(b) = 1.5/6 + 0.5 · (4/6) / 5 = 19/60; P(b | a) = 0.5/2 + 0.5 · 19/60.
		const model = trainNgram(tiny, 2, { discount: 0.5 });
		expect(p(model, ['a'], 'b')).toBeCloseTo(0.25 + 0.5 * (19 / 60), 14);
	});

	it('gives the hand-computed trigram probabilities, with continuation counts in the middle', () => {
		// Bigram continuation counts from the 7 distinct trigrams: <s>a 1, ab 1, ac 1, <s>b 1,
		// b</s> 2 (after a and after <s>), c</s> 1. The unigram level is the same as above.
		//   P2(b | a) = 0.35625 (as before), P2(</s> | b) = 1.25/2 + 0.75 · 1/2 · 37/120 = 0.740625,
		//   P2(a | <s>) = 0.25/2 + 0.75 · 17/120 = 0.23125.
		// Trigram level, raw counts:
		//   P(b | <s> a) = 0.25/2 + 0.75 · 0.35625 = 0.3921875,
		//   P(</s> | a b) = 0.25/1 + 0.75 · 0.740625 = 0.80546875,
		//   P(a | <s> <s>) = 1.25/3 + (0.75 · 2/3) · 0.23125 = 0.53229166…
		const model = trainNgram(tiny, 3);
		expect(p(model, ['a'], 'b')).toBeCloseTo(0.3921875, 14);
		expect(p(model, ['a', 'b'], EOS)).toBeCloseTo(0.80546875, 14);
		expect(p(model, [], 'a')).toBeCloseTo(1.25 / 3 + 0.5 * 0.23125, 14);
		// Trigram context (<unk>, a) is unseen: back off to P2(· | a).
		expect(p(model, ['zzz', 'a'], 'b')).toBeCloseTo(0.35625, 14);
	});

	it('gives the discounted raw unigram at order 1 and ignores the context', () => {
		// Counts a 2, b 2, c 1, </s> 3; N = 8; γ = 0.75 · 4/8; uniform share 0.375/5 = 0.075.
		const model = trainNgram(tiny, 1);
		const expected = [
			0.075,
			2.25 / 8 + 0.075,
			1.25 / 8 + 0.075,
			1.25 / 8 + 0.075,
			0.25 / 8 + 0.075
		];
		for (const context of [[], ['a'], ['b', 'c'], ['never seen']]) {
			const dist = model.distribution(context);
			expected.forEach((v, i) => expect(dist[i]).toBeCloseTo(v, 14));
		}
	});

	it('gives a seen continuation more mass than an unseen one with the same lower-order mass', () => {
		// a and c both have P1 = 17/120, but only c was seen after a.
		const model = trainNgram(tiny, 2);
		expect(p(model, ['a'], 'c')).toBeGreaterThan(p(model, ['a'], 'a'));
		expect(p(model, ['a'], 'c')).toBeCloseTo(0.23125, 14);
		expect(p(model, ['a'], 'a')).toBeCloseTo(0.10625, 14);
	});

	it('only looks at the last order − 1 tokens, padding short contexts with <s>', () => {
		const model = trainNgram(tiny, 3);
		expect(model.distribution(['x', 'b', 'c', 'a'])).toEqual(model.distribution(['c', 'a']));
		expect(model.distribution(['a'])).toEqual(model.distribution(['<s>', 'a']));
		expect(model.distribution([])).toEqual(model.distribution(['<s>', '<s>']));
		expect(model.distribution(['<s>', 'a'])).not.toEqual(model.distribution(['b', 'a']));
	});

	const corpus = [
		['the', 'cat', 'sat', 'on', 'the', 'mat'],
		['the', 'dog', 'sat', 'on', 'the', 'log'],
		['猫', '在', '垫', '子', '上'],
		['🐱', 'sat', '🐱', '😀', ','],
		['the', 'cat', 'ran']
	];
	const models = [1, 2, 3, 4, 5].map((order) => trainNgram(corpus, order));
	const token = fc.oneof(
		fc.constantFrom('the', 'cat', 'sat', 'on', '猫', '垫', '🐱', '😀', ',', '<s>', '</s>', '<unk>'),
		fc.string({ unit: 'grapheme', maxLength: 4 })
	);

	it('sums to 1 with every token positive, for any context (unseen, empty, emoji, CJK)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 4 }),
				fc.array(token, { maxLength: 7 }),
				(m, context) => {
					const dist = models[m].distribution(context);
					expect(dist).toHaveLength(models[m].vocab.length);
					expect(Math.abs(sum(dist) - 1)).toBeLessThan(1e-9);
					expect(Math.min(...dist)).toBeGreaterThan(0);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('sums to 1 on a corpus of 40,000 tokens at order 5', () => {
		const rng = mulberry32(5);
		// Zipf-like word ids over a vocabulary of about 3,000.
		const word = () => `w${Math.floor(3000 ** rng())}`;
		const sentences = Array.from({ length: 4000 }, () => Array.from({ length: 10 }, word));
		const model = trainNgram(sentences, 5);
		expect(model.vocab.length).toBeGreaterThan(2000);
		expect(model.ngramCounts()[4]).toBeGreaterThan(30000);
		for (const context of [[], sentences[0].slice(0, 4), sentences[1].slice(2, 6), ['w1', 'zz']]) {
			expect(Math.abs(sum(model.distribution(context)) - 1)).toBeLessThan(1e-9);
		}
	});
});

describe('NgramModel.logProb(context, token)', () => {
	it('is the natural log of the distribution entry', () => {
		const model = trainNgram(tiny, 3);
		expect(model.logProb(['a'], 'b')).toBeCloseTo(Math.log(0.3921875), 14);
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('a', 'b', 'c', 'x', '<s>'), { maxLength: 4 }),
				fc.constantFrom('a', 'b', 'c', EOS, UNK),
				(context, t) => {
					expect(model.logProb(context, t)).toBeCloseTo(Math.log(p(model, context, t)), 12);
				}
			)
		);
	});

	it('treats an unseen token as <unk> and gives <s> probability 0', () => {
		const model = trainNgram(tiny, 2);
		expect(model.logProb(['a'], 'never seen')).toBeCloseTo(Math.log(0.075), 14);
		expect(model.logProb(['a'], '<s>')).toBe(-Infinity);
	});
});

describe('generate(model, context, n, rng, opts)', () => {
	const corpus = [
		['the', 'cat', 'sat'],
		['the', 'dog', 'sat'],
		['a', 'cat', 'ran']
	];
	const model = trainNgram(corpus, 3);

	it('is deterministic for a fixed seed', () => {
		const a = generate(model, ['the'], 20, mulberry32(42));
		const b = generate(model, ['the'], 20, mulberry32(42));
		expect(a).toEqual(b);
		expect(a.length).toBeGreaterThan(0);
	});

	it('returns at most n tokens and stops right after </s>', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), (seed, n) => {
				const out = generate(model, [], n, mulberry32(seed));
				expect(out.length).toBeLessThanOrEqual(n);
				const end = out.indexOf(EOS);
				if (end >= 0) expect(end).toBe(out.length - 1);
				else expect(out).toHaveLength(n);
				expect(out).not.toContain('<s>');
			})
		);
	});

	it('follows the most probable path at temperature 0', () => {
		const m = trainNgram(
			[
				['a', 'b'],
				['a', 'b'],
				['a', 'b']
			],
			2
		);
		expect(generate(m, [], 10, mulberry32(1), { temperature: 0 })).toEqual(['a', 'b', EOS]);
		expect(generate(m, ['b'], 10, mulberry32(1), { temperature: 0 })).toEqual([EOS]);
	});

	it('samples in proportion to the model', () => {
		// After "the", the model puts most mass on cat and dog; count first tokens over many runs.
		const rng = mulberry32(9);
		const dist = model.distribution(['the']);
		const counts = new Map<string, number>();
		for (let i = 0; i < 20000; i++) {
			const [t] = generate(model, ['the'], 1, rng);
			counts.set(t, (counts.get(t) ?? 0) + 1);
		}
		for (const t of ['cat', 'dog', 'sat']) {
			expect((counts.get(t) ?? 0) / 20000).toBeCloseTo(dist[model.index.get(t)!], 1);
		}
	});
});

describe('trainNgramSteps(sentences, order)', () => {
	it('pauses along the way and ends in the model trainNgram gives', () => {
		const rng = createRng(5);
		const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const sentences = Array.from({ length: 300 }, () =>
			Array.from({ length: 2 + randomInt(rng, 8) }, () => words[randomInt(rng, words.length)])
		);
		const steps = trainNgramSteps(sentences, 3);
		let pauses = 0;
		let next = steps.next();
		while (!next.done) {
			pauses++;
			next = steps.next();
		}
		// 300 sentences at 32 a step, and the pauses around the sort.
		expect(pauses).toBeGreaterThanOrEqual(11);
		const stepped = next.value;
		const direct = trainNgram(sentences, 3);
		expect(stepped.vocab).toEqual(direct.vocab);
		expect(stepped.ngramCounts()).toEqual(direct.ngramCounts());
		expect(stepped.distribution(['a', 'b'])).toEqual(direct.distribution(['a', 'b']));
	});
});

describe('model.probEach(context, slot, token)', () => {
	it('is exp(logProb) with each vocabulary entry in the slot', () => {
		const word = fc.constantFrom<string>('a', 'b', 'c', 'd');
		fc.assert(
			fc.property(
				fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
				fc.integer({ min: 1, max: 4 }),
				fc.array(fc.oneof(word, fc.constant('zz')), { minLength: 1, maxLength: 5 }),
				fc.nat(),
				fc.oneof(word, fc.constant(EOS), fc.constant('zz')),
				(sentences, order, context, at, token) => {
					const model = trainNgram(sentences, order);
					const slot = at % context.length;
					const each = model.probEach(context, slot, token);
					model.vocab.forEach((w, v) => {
						expect(Math.log(each[v])).toBeCloseTo(model.logProb(context.with(slot, w), token), 12);
					});
				}
			)
		);
	});
});
