import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EOS, trainNgram, UNK, type NgramModel } from './ngram';
import {
	bestFills,
	infillDistribution,
	infillFactors,
	infillScores,
	leftDistribution
} from './ngram-infill';

const of = (model: NgramModel, p: Float64Array) =>
	Object.fromEntries(model.vocab.map((w, i) => [w, p[i]]));

/** ln P of the whole sentence (with its </s>), token by token: the definition infill must match. */
const sentenceLogProb = (model: NgramModel, tokens: string[]) =>
	[...tokens, EOS].reduce((sum, token, j) => sum + model.logProb(tokens.slice(0, j), token), 0);

describe('infillDistribution(model, tokens, i) on a hand-checked corpus', () => {
	// Bigram, D = 0.75, sentences "a x" and "b y". By hand: the unigram level (continuation counts,
	// 6 bigram types) gives P1(a) = P1(x) = P1(b) = P1(y) = 7/48; after <s>, P(a) = P(b) =
	// 1/8 + ¾·7/48 = 15/64 and P(x) = P(y) = 7/64; P(x | a) = 1/4 + 7/64 = 23/64, P(x | b) = 7/64,
	// P(x | x) = P(x | y) = 7/64.
	const model = trainNgram(
		[
			['a', 'x'],
			['b', 'y']
		],
		2
	);
	it('"_ x": the right context picks a (345 : 105 : 49 : 49), the left alone cannot', () => {
		const both = of(model, infillDistribution(model, [null, 'x'], 0));
		expect(both.a).toBeCloseTo(345 / 548, 12);
		expect(both.b).toBeCloseTo(105 / 548, 12);
		expect(both.x).toBeCloseTo(49 / 548, 12);
		expect(both.y).toBeCloseTo(49 / 548, 12);
		expect(both[UNK]).toBe(0);
		expect(both[EOS]).toBe(0);
		const left = of(model, leftDistribution(model, [null, 'x'], 0));
		expect(left.a).toBeCloseTo(15 / 44, 12);
		expect(left.b).toBeCloseTo(15 / 44, 12);
		expect(left.x).toBeCloseTo(7 / 44, 12);
	});
	it('a blank after another blank: the hidden token is <unk> in the context, and not predicted', () => {
		// "_ _": the second factor predicts a hidden token and is left out, so position 0 is
		// filled from the left alone; position 1 sees <unk> before it and </s> after it.
		const first = infillDistribution(model, [null, null], 0);
		expect(first).toEqual(leftDistribution(model, [null, null], 0));
		const second = of(model, infillDistribution(model, [null, null], 1));
		// P(w | <unk>) backs off to P1(w) = 7/48 for each w; P1(</s>) = 15/48, so P(</s> | x) =
		// ¼ + ¾·15/48 = 93/192 (x ends a sentence), P(</s> | a) = ¾·15/48 = 45/192: 93 to 45.
		expect(second.x).toBeCloseTo(second.y, 12);
		expect(second.a).toBeCloseTo(second.b, 12);
		expect(second.x / second.a).toBeCloseTo(93 / 45, 12);
	});
});

describe('infillScores(model, tokens, i)', () => {
	const word = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e');
	const corpus = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), {
		minLength: 1,
		maxLength: 6
	});
	it('differ between candidates exactly as the whole sentence’s log probability does', () => {
		fc.assert(
			fc.property(
				corpus,
				fc.integer({ min: 1, max: 4 }),
				fc.array(word, { minLength: 1, maxLength: 7 }),
				fc.nat(),
				(sentences, order, words, at) => {
					const model = trainNgram(sentences, order);
					const sentence: string[] = words;
					const i = at % sentence.length;
					const blanked = (sentence as (string | null)[]).with(i, null);
					const scores = infillScores(model, blanked, i);
					const full = model.vocab.map((w) => sentenceLogProb(model, sentence.with(i, w)));
					// Vocabulary entry 2 is the first word (0 and 1 are <unk> and </s>).
					for (let w = 0; w < full.length; w++) {
						expect(Math.log(scores[w] / scores[2])).toBeCloseTo(full[w] - full[2], 9);
					}
				}
			)
		);
	});
	it('for a unigram model, both sides and the left alone agree: there is no context', () => {
		const model = trainNgram([['a', 'b', 'a', 'c']], 1);
		const both = infillDistribution(model, ['a', null, 'c'], 1);
		const left = leftDistribution(model, ['a', null, 'c'], 1);
		both.forEach((p, w) => expect(p).toBeCloseTo(left[w], 12));
	});
	it('give distributions that sum to 1', () => {
		const model = trainNgram(
			[
				['the', 'cat', 'sat'],
				['the', 'dog', 'ran']
			],
			3
		);
		for (const dist of [
			infillDistribution(model, ['the', null, 'sat'], 1),
			leftDistribution(model, ['the', null, 'sat'], 1)
		]) {
			expect(dist.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
		}
		const both = of(model, infillDistribution(model, ['the', null, 'sat'], 1));
		expect(both.cat).toBeGreaterThan(both.dog);
		const left = of(model, leftDistribution(model, ['the', null, 'sat'], 1));
		expect(left.cat).toBeCloseTo(left.dog, 12);
	});
});

describe('bestFills(model, tokens, i)', () => {
	it('are the first of infillDistribution and leftDistribution', () => {
		const model = trainNgram(
			[
				['the', 'cat', 'sat'],
				['the', 'dog', 'ran'],
				['a', 'cat', 'sat']
			],
			3
		);
		for (const tokens of [
			['the', null, 'ran'],
			[null, 'cat', null],
			['a', 'dog', null]
		]) {
			tokens.forEach((token, i) => {
				if (token !== null) return;
				const best = bestFills(model, tokens, i);
				const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));
				expect(best.both).toBe(argmax(infillDistribution(model, tokens, i)));
				expect(best.left).toBe(argmax(leftDistribution(model, tokens, i)));
			});
		}
	});
});

describe('infillFactors(model, tokens, i, w)', () => {
	it('lists the factors whose product the scores hold, hand-checked on "_ x"', () => {
		const model = trainNgram(
			[
				['a', 'x'],
				['b', 'y']
			],
			2
		);
		const factors = infillFactors(model, [null, 'x'], 0, 'a');
		// A bigram's blank reaches one token to the right: P(a | <s>) · P(x | a).
		expect(factors.map((f) => [f.context, f.token])).toEqual([
			[[], 'a'],
			[['a'], 'x']
		]);
		expect(factors[0].p).toBeCloseTo(15 / 64, 12);
		expect(factors[1].p).toBeCloseTo(23 / 64, 12);
		const scores = infillScores(model, [null, 'x'], 0);
		expect(factors[0].p * factors[1].p).toBeCloseTo(scores[model.index.get('a')!], 12);
	});
});
