import { describe, expect, it } from 'vitest';
import { triples } from '$lib/content/knowledge-triples';
import { trainNgram } from '$lib/math/ngram';
import { tokenizeWords } from '$lib/math/text-tokenize';
import { checkClaim } from './claims';
import { ngramSentence, statedFact, swappedFact, writeTriple } from './generate-claim';
import { parseClaim } from './parse-claim';

describe('claims made from the seed', () => {
	it('a stated fact is supported, and written it reads back as itself', () => {
		for (let seed = 0; seed < triples.length; seed++) {
			const t = statedFact(seed);
			expect(checkClaim(t, triples).kind).toBe('supported');
			expect(parseClaim(writeTriple(t, 'zh'))).toMatchObject({
				claim: { subject: t.subject, object: t.object }
			});
		}
	});

	it('a swapped fact is never supported, always contradicted, and the same for the same seed', () => {
		for (let seed = 0; seed < 200; seed++) {
			const t = swappedFact(seed);
			expect(t.object).not.toBe(statedFact(seed).object);
			expect(checkClaim(t, triples).kind).toBe('contradicted');
			expect(swappedFact(seed)).toEqual(t);
		}
	});

	it('an n-gram sentence is sampled from the seed and read as a claim when it can be', () => {
		const model = trainNgram(
			tokenizeWords('BERT uses masked language modeling. Dropout mitigates overfitting.'),
			3
		);
		const a = ngramSentence(model, 'en', 3);
		expect(ngramSentence(model, 'en', 3)).toEqual(a);
		expect(a.text).toMatch(/\.$/);
		expect(a.tries).toBeGreaterThanOrEqual(1);
	});
});
