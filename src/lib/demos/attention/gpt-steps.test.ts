import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runJob } from '$lib/jobs';
import { gptHeads } from './gpt-heads.job';
import { headRows } from './gpt-tokens';
import { SCORES_MAX_TOKENS } from './params';

const checkpoint = new Uint8Array(
	readFileSync(new URL('../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
);
const text = 'The attention mechanism allows LLMs to weigh the importance of different tokens.';

describe('the tiny GPT’s steps (question 32)', () => {
	it('the job gives every head’s Q, K, V and stages on the first tokens, exactly as in the whole text', async () => {
		const [steps, whole] = await Promise.all([
			runJob(gptHeads, { checkpoint, text, steps: SCORES_MAX_TOKENS }),
			runJob(gptHeads, { checkpoint, text })
		]);
		const n = steps.ids.length;
		expect(n).toBe(SCORES_MAX_TOKENS);
		expect(steps.total).toBe(whole.total);
		expect(steps.ids).toEqual(whole.ids.slice(0, n));
		expect(whole.steps).toBeNull();
		const { layers, heads, dModel } = steps.config;
		const dk = dModel / heads;
		expect(steps.steps).toHaveLength(layers);
		steps.steps!.forEach((layer, l) => {
			expect(layer).toHaveLength(heads);
			layer.forEach((p, h) => {
				for (const m of [p.Q, p.K, p.V, p.output])
					expect(m.map((r) => r.length)).toEqual(Array(n).fill(dk));
				// The model reads causally: its first n rows are the same in the whole text.
				const full = headRows(whole.layers[l], h, whole.ids.length);
				p.weights.forEach((row, i) => {
					expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 9);
					row.forEach((w, j) => {
						expect(w).toBeCloseTo(full[i][j], 9);
						expect(p.scaled[i][j]).toBeCloseTo(p.scores[i][j] / Math.sqrt(dk), 12);
						if (j > i) expect([p.masked[i][j], w]).toEqual([-Infinity, 0]);
						else expect(p.masked[i][j]).toBe(p.scaled[i][j]);
					});
				});
			});
		});
	});
});
