import { describe, expect, it } from 'vitest';
import { crossEntropy, gradientError } from '$lib/math/autodiff';
import { configProblem } from './config';
import { inductionAttention, inductionLogits, inductionParameters, initInduction } from './model';

const tiny = { vocabSize: 5, context: 6, layers: 2, dModel: 4, heads: 2 };

describe('the attention-only model', () => {
	it('back-propagates as central differences say, through both layers and every weight', () => {
		const w = initInduction(tiny, 3);
		const ids = [0, 3, 1, 4, 2, 3, 1, 0];
		const loss = () => crossEntropy(inductionLogits(w, ids, 2), [3, 1, 4, 2, 0, 1, 0, 2]);
		expect(gradientError(loss, inductionParameters(w))).toBeLessThan(1e-6);
	});

	it('is causal: a position’s logits do not change with later tokens', () => {
		const w = initInduction(tiny, 1);
		const a = inductionLogits(w, [1, 2, 3, 4, 0, 1]).data;
		const b = inductionLogits(w, [1, 2, 3, 0, 2, 2]).data;
		const v = tiny.vocabSize;
		expect(Array.from(a.slice(0, 3 * v))).toEqual(Array.from(b.slice(0, 3 * v)));
		expect(a.slice(3 * v)).not.toEqual(b.slice(3 * v));
	});

	it('reads every head’s attention: rows sum to 1, nothing above the diagonal', () => {
		const w = initInduction(tiny, 2);
		const layers = inductionAttention(w, [4, 1, 1, 3, 0]);
		expect(layers).toHaveLength(2);
		for (const weights of layers) {
			expect(weights).toHaveLength(tiny.heads * 5 * 5);
			for (let h = 0; h < tiny.heads; h++) {
				for (let i = 0; i < 5; i++) {
					const row = weights.subarray((h * 5 + i) * 5, (h * 5 + i + 1) * 5);
					expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
					for (let j = i + 1; j < 5; j++) expect(row[j]).toBe(0);
				}
			}
		}
	});

	it('is the same for the same seed, and refuses shapes it cannot build', () => {
		expect(initInduction(tiny, 7).layers[1].qkv.data).toEqual(
			initInduction(tiny, 7).layers[1].qkv.data
		);
		expect(configProblem({ ...tiny, heads: 3 })).toMatch(/multiple/);
		expect(() => initInduction({ ...tiny, layers: 0 }, 1)).toThrow(/positive/);
		expect(() => inductionLogits(initInduction(tiny, 1), [1, 2, 3, 4, 0, 1, 2])).toThrow(/1 … 6/);
	});
});
