import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { beamSearch, greedyDecode } from '$lib/math/beam';
import { EOS, trainNgram } from '$lib/math/ngram';
import { keepTop, ngramNext, runSearch } from './decode';

describe('keepTop(logProbs, k)', () => {
	it('keeps the k largest, ties to the lower id, and -Infinity elsewhere', () => {
		expect(keepTop([-1, -3, -0.5, -1, -Infinity], 2)).toEqual([
			-1,
			-Infinity,
			-0.5,
			-Infinity,
			-Infinity
		]);
		expect(keepTop([-2, -Infinity], 5)).toEqual([-2, -Infinity]);
	});

	it('does not change what beam search finds', () => {
		const lp = fc.oneof(fc.constant(-Infinity), fc.double({ min: -5, max: 0, noNaN: true }));
		fc.assert(
			fc.property(
				fc.array(fc.array(lp, { minLength: 4, maxLength: 4 }), { minLength: 8, maxLength: 8 }),
				fc.integer({ min: 1, max: 4 }),
				(table, k) => {
					// A model that depends on the prefix through a hash of it; at least one finite token.
					const next = (prefix: number[]) => {
						const row = table[prefix.reduce((h, t) => (h * 5 + t + 1) % 8, prefix.length % 8)];
						return row.some(Number.isFinite) ? row : [0, ...row.slice(1)];
					};
					const opts = { beamWidth: k, maxSteps: 3, eos: 3 };
					const plain = beamSearch(next, opts);
					const masked = beamSearch((p) => keepTop(next(p), k), opts);
					expect(masked.sequences).toEqual(plain.sequences);
				}
			)
		);
	});
});

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
});
