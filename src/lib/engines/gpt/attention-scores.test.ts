import { describe, expect, it } from 'vitest';
import type { GptConfig } from './config';
import { gptAttentionScores } from './attention-scores';
import { gptAttention, gptParameters, initGpt } from './model';

const tiny: GptConfig = { vocabSize: 9, context: 6, layers: 2, dModel: 8, heads: 2 };

/** Fresh weights pushed away from the 0.02 initialisation, so that the heads differ. */
function weights() {
	const w = initGpt(tiny, 7);
	for (const p of gptParameters(w))
		for (let i = 0; i < p.size; i++) p.data[i] += 0.6 * Math.sin(5 * i + p.size);
	return w;
}

function softmax(row: number[]): number[] {
	const max = Math.max(...row);
	const e = row.map((s) => Math.exp(s - max));
	const total = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / total);
}

describe('gptAttentionScores(weights, ids)', () => {
	const w = weights();
	const ids = [3, 8, 1, 1, 5, 0];
	const t = ids.length;
	const dk = tiny.dModel / tiny.heads;
	const layers = gptAttentionScores(w, ids);
	const reported = gptAttention(w, ids);

	it('gives per layer q, k, v [heads, T, d_k] and scores [heads, T, T]', () => {
		expect(layers).toHaveLength(tiny.layers);
		for (const l of layers) {
			expect([l.heads, l.dk]).toEqual([tiny.heads, dk]);
			for (const x of [l.queries, l.keys, l.values, l.outputs]) expect(x).toHaveLength(2 * t * dk);
			for (const x of [l.scores, l.masked, l.weights]) expect(x).toHaveLength(2 * t * t);
		}
	});

	it('scores q·k, scales by √d_k and masks: row i is −∞ beyond i, and its softmax is gptAttention’s weights', () => {
		layers.forEach((l, layer) => {
			for (let h = 0; h < tiny.heads; h++) {
				for (let i = 0; i < t; i++) {
					const row = (h * t + i) * t;
					const masked = Array.from(l.masked.subarray(row, row + t));
					for (let j = 0; j < t; j++) {
						let dot = 0;
						for (let c = 0; c < dk; c++)
							dot += l.queries[(h * t + i) * dk + c] * l.keys[(h * t + j) * dk + c];
						expect(l.scores[row + j]).toBeCloseTo(dot, 12);
						if (j <= i) expect(masked[j]).toBeCloseTo(dot / Math.sqrt(dk), 12);
						else expect(masked[j]).toBe(-Infinity);
					}
					const p = softmax(masked);
					for (let j = 0; j < t; j++) {
						expect(Math.abs(p[j] - reported[layer][row + j])).toBeLessThan(1e-9);
						expect(Math.abs(l.weights[row + j] - reported[layer][row + j])).toBeLessThan(1e-9);
						if (j > i) expect(reported[layer][row + j]).toBe(0);
					}
				}
			}
		});
	});

	it('outputs the weights times the values, row by row', () => {
		const l = layers[1];
		const h = 1;
		for (let i = 0; i < t; i++) {
			for (let c = 0; c < dk; c++) {
				let sum = 0;
				for (let j = 0; j < t; j++)
					sum += l.weights[(h * t + i) * t + j] * l.values[(h * t + j) * dk + c];
				expect(l.outputs[(h * t + i) * dk + c]).toBeCloseTo(sum, 12);
			}
		}
	});

	it('reads a prefix as the whole: earlier positions never see later tokens', () => {
		const prefix = gptAttentionScores(w, ids.slice(0, 3));
		const n = 3;
		for (let h = 0; h < tiny.heads; h++)
			for (let i = 0; i < n; i++)
				for (let c = 0; c < dk; c++)
					expect(prefix[1].queries[(h * n + i) * dk + c]).toBeCloseTo(
						layers[1].queries[(h * t + i) * dk + c],
						12
					);
	});
});
