import { describe, expect, it } from 'vitest';
import { greedyDecode } from '$lib/math/beam';
import { EOS, trainNgram } from '$lib/math/ngram';
import { ngramNext, runSearch } from './decode';

describe('ngramNext(model, context, eos) and runSearch', () => {
	const model = trainNgram(
		[
			['the', 'cat', 'sat'],
			['the', 'cat', 'ran'],
			['the', 'dog', 'sat']
		],
		2
	);
	const eosId = model.index.get(EOS)!;

	it('reads the model after the context; without eos, </s> is out and the rest sums to 1', () => {
		const next = ngramNext(model, ['the'], true);
		expect(model.vocab[next([]).indexOf(Math.max(...next([])))]).toBe('cat');
		const noEos = ngramNext(model, ['the', 'cat', 'sat'], false)([]);
		expect(noEos[eosId]).toBe(-Infinity);
		expect(noEos.reduce((s, lp) => s + Math.exp(lp), 0)).toBeCloseTo(1, 12);
	});

	it('runs beam search and greedy on the same model', () => {
		const next = ngramNext(model, ['the'], true);
		const run = runSearch(next, { beamWidth: 1, maxSteps: 4, eos: eosId, lengthPenalty: 0 });
		const greedy = greedyDecode(next, 4, eosId);
		expect(run.greedy.tokens).toEqual(greedy.tokens);
		expect(run.sequences[0].tokens).toEqual(greedy.tokens);
		expect(run.greedy.logProbs.reduce((a, b) => a + b, 0)).toBeCloseTo(greedy.logProb, 12);
	});

	it('keeps the model for a prompt and the runs of a model: a width tried again is not searched again', () => {
		const next = ngramNext(model, ['the'], true);
		expect(ngramNext(model, ['the'], true)).toBe(next);
		expect(ngramNext(model, ['the'], false)).not.toBe(next);
		const opts = { beamWidth: 2, maxSteps: 3, eos: eosId, lengthPenalty: 0 };
		const run = runSearch(next, opts);
		runSearch(next, { ...opts, beamWidth: 3 });
		expect(runSearch(next, { ...opts })).toBe(run);
		expect(runSearch(next, { ...opts, lengthPenalty: 1 })).not.toBe(run);
	});
});
