import { describe, expect, it } from 'vitest';
import type { GptConfig } from './config';
import { GptDecoder } from './decoder';
import { nextTokenLogits } from './generate';
import { gptParameters, initGpt } from './model';

const config: GptConfig = { vocabSize: 11, context: 9, layers: 2, dModel: 8, heads: 2 };
const weights = initGpt(config, 4);
// Larger weights than the initialisation, so that attention is far from uniform.
for (const p of gptParameters(weights))
	for (let i = 0; i < p.size; i++) p.data[i] += 0.5 * Math.sin(5 * i + p.size);
const ids = Array.from({ length: 14 }, (_, i) => (i * 7 + 3) % config.vocabSize);
const worst = (a: Float64Array, b: Float64Array) =>
	a.reduce((w, x, i) => Math.max(w, Math.abs(x - b[i])), 0);

describe('GptDecoder', () => {
	it('gives the full pass’s logits to the bit on a first read', () => {
		const decoder = new GptDecoder(weights);
		expect(Array.from(decoder.next(ids.slice(0, 5)))).toEqual(
			Array.from(nextTokenLogits(weights, ids.slice(0, 5)))
		);
	});

	it('agrees with the full pass to 1e-12 token after token, past the context and back', () => {
		const decoder = new GptDecoder(weights);
		const reads = [1, 2, 3, 5, 9, 10, 14, 4, 6];
		for (const length of reads) {
			const prefix = ids.slice(0, length);
			expect(worst(decoder.next(prefix), nextTokenLogits(weights, prefix))).toBeLessThan(1e-12);
		}
		// A different sequence is read afresh, not appended to the kept one.
		const other = [2, 2, 5];
		expect(Array.from(decoder.next(other))).toEqual(Array.from(nextTokenLogits(weights, other)));
		expect(() => decoder.next([])).toThrow(/at least one token/);
	});
});
