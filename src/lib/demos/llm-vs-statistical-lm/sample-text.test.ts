import { describe, expect, it } from 'vitest';
import { EOS, generate, trainNgram } from '$lib/math/ngram';
import { createRng } from '$lib/math/rng';
import { sampleText } from './sample-text';

describe('sampleText(model, context, length, seed)', () => {
	const model = trainNgram(
		[
			['a', 'b'],
			['b', 'a', 'c']
		],
		2
	);

	it('gives exactly `length` tokens, going on past the end of a sentence', () => {
		const text = sampleText(model, ['a'], 30, 7);
		expect(text).toHaveLength(30);
		expect(text).toContain(EOS);
		expect(text.slice(0, -1).filter((w) => w === EOS).length).toBeGreaterThan(0);
	});

	it('is the same for the same seed and differs between seeds and orders', () => {
		expect(sampleText(model, [], 20, 3)).toEqual(sampleText(model, [], 20, 3));
		const seeds = new Set([1, 2, 3, 4, 5].map((s) => sampleText(model, [], 20, s).join(' ')));
		expect(seeds.size).toBeGreaterThan(1);
		const unigram = trainNgram(
			[
				['a', 'b'],
				['b', 'a', 'c']
			],
			1
		);
		expect(sampleText(unigram, [], 20, 3)).not.toEqual(sampleText(model, [], 20, 3));
	});
});

describe('sampleText at temperature 1', () => {
	it('draws as generate does with the same stream: the same tokens', () => {
		const model = trainNgram([[...'abracadabra'], [...'cadabra abra']], 4);
		const seed = 5;
		const rng = createRng((seed ^ Math.imul(model.order, 0x9e3779b9)) >>> 0);
		const viaLogits = generate(model, ['a'], 40, rng);
		const direct = sampleText(model, ['a'], 40, seed).slice(0, viaLogits.length);
		expect(direct).toEqual(viaLogits);
	});
});
