import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropy, gradientError } from '$lib/math/autodiff';
import { parameterCount, type GptConfig } from './config';
import { gptAttention, gptLogits, gptParameters, initGpt } from './model';

const tiny: GptConfig = { vocabSize: 7, context: 4, layers: 2, dModel: 4, heads: 2 };

describe('the tiny GPT model', () => {
	it('has as many parameters as parameterCount says', () => {
		for (const config of [tiny, { vocabSize: 512, context: 64, layers: 2, dModel: 64, heads: 4 }]) {
			const sizes = gptParameters(initGpt(config, 1)).map((p) => p.size);
			expect(sizes.reduce((a, b) => a + b, 0)).toBe(parameterCount(config));
		}
		// GPT-2 small's published 124M (Radford et al., 2019) with its own sizes: 124,439,808.
		expect(
			parameterCount({ vocabSize: 50257, context: 1024, layers: 12, dModel: 768, heads: 12 })
		).toBe(124_439_808);
	});

	it('has gradients equal to central differences for every weight', () => {
		const w = initGpt(tiny, 3);
		// Larger weights than the 0.02 initialisation, so that every path carries a gradient.
		for (const p of gptParameters(w))
			for (let i = 0; i < p.size; i++) p.data[i] += 0.3 * Math.sin(7 * i + p.size);
		const ids = [1, 4, 6, 2, 0, 3];
		const targets = [4, 6, 2, 3, 3, 5];
		const error = gradientError(
			() => crossEntropy(gptLogits(w, ids, 2), targets),
			gptParameters(w)
		);
		expect(error).toBeLessThan(1e-6);
	});

	it('is causal: changing a later token leaves every earlier position’s logits as they were', () => {
		const w = initGpt(tiny, 5);
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 2, maxLength: 4 }),
				fc.nat(),
				fc.integer({ min: 0, max: 6 }),
				(ids, at, replacement) => {
					const changed = at % ids.length;
					const edited = ids.with(changed, replacement);
					const before = gptLogits(w, ids).toArray();
					const after = gptLogits(w, edited).toArray();
					const seen = changed * tiny.vocabSize;
					return before.slice(0, seen).every((x, i) => x === after[i]);
				}
			),
			{ seed: 4, numRuns: 40 }
		);
	});

	it('reports each head’s attention: softmax(q·kᵀ/√d) over the positions so far', () => {
		const w = initGpt(tiny, 6);
		for (const p of gptParameters(w))
			for (let i = 0; i < p.size; i++) p.data[i] += 0.5 * Math.cos(3 * i + p.size);
		const ids = [2, 5, 1, 6];
		const t = ids.length;
		const [first, second] = gptAttention(w, ids);
		expect(second).toHaveLength(tiny.heads * t * t);
		// Layer 0 by hand: queries and keys from the first layer norm of the embeddings.
		const b = w.blocks[0];
		const x = w.tokenEmbedding
			.gatherRows(ids)
			.add(w.positionEmbedding.gatherRows([0, 1, 2, 3]))
			.layerNorm(b.ln1Weight, b.ln1Bias)
			.matmul(b.qkvWeight)
			.add(b.qkvBias).data;
		const d = tiny.dModel;
		const dh = d / tiny.heads;
		for (let h = 0; h < tiny.heads; h++) {
			for (let i = 0; i < t; i++) {
				const scores = Array.from({ length: i + 1 }, (_, j) => {
					let dot = 0;
					for (let c = 0; c < dh; c++)
						dot += x[i * 3 * d + h * dh + c] * x[j * 3 * d + d + h * dh + c];
					return Math.exp(dot / Math.sqrt(dh));
				});
				const total = scores.reduce((a, s) => a + s, 0);
				for (let j = 0; j < t; j++) {
					const expected = j <= i ? scores[j] / total : 0;
					expect(first[(h * t + i) * t + j]).toBeCloseTo(expected, 12);
				}
			}
		}
	});

	it('starts near the uniform guess: loss ≈ ln(vocabulary size)', () => {
		const config = { ...tiny, vocabSize: 300, dModel: 8 };
		const ids = [5, 17, 200, 3];
		const loss = crossEntropy(gptLogits(initGpt(config, 2), ids), [17, 200, 3, 9]).item();
		expect(loss).toBeCloseTo(Math.log(300), 1);
	});

	it('refuses sequences longer than its context and impossible shapes', () => {
		expect(() => gptLogits(initGpt(tiny, 1), [1, 2, 3, 4, 5])).toThrow(/1 … 4 tokens/);
		expect(() => initGpt({ ...tiny, heads: 3 }, 1)).toThrow(/multiple of heads/);
	});
});
