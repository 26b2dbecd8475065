import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCheckpoint } from '$lib/engines/gpt/checkpoint';
import { REFERENCE_SHAPE } from '$lib/engines/gpt/setup';
import { runJob } from '$lib/jobs';
import { gptHeads } from './gpt-heads.job';
import { fitContext, headRows } from './gpt-tokens';
import { GPT_D_MODEL, GPT_HEADS, GPT_LAYERS } from './params';

describe('fitContext', () => {
	it('keeps the first context ids and says how many there were', () => {
		expect(fitContext([1, 2, 3], 64)).toEqual({ ids: [1, 2, 3], total: 3, truncated: false });
		const long = Array.from({ length: 70 }, (_, i) => i);
		expect(fitContext(long, 64)).toEqual({ ids: long.slice(0, 64), total: 70, truncated: true });
	});
});

describe('headRows', () => {
	it('reads head h of a [heads, T, T] array as T rows', () => {
		const layer = Float64Array.from({ length: 2 * 2 * 2 }, (_, i) => i);
		expect(headRows(layer, 1, 2)).toEqual([
			[4, 5],
			[6, 7]
		]);
	});
});

describe('the tiny GPT’s heads', () => {
	it('the schema’s layer and head counts are the reference shape’s', () => {
		expect([GPT_LAYERS, GPT_HEADS, GPT_D_MODEL]).toEqual([
			REFERENCE_SHAPE.layers,
			REFERENCE_SHAPE.heads,
			REFERENCE_SHAPE.dModel
		]);
	});

	const checkpoint = new Uint8Array(
		readFileSync(new URL('../../engines/gpt/checkpoints/guide-gpt.bin', import.meta.url))
	);

	it('the job gives every head of every layer as causal rows that sum to 1', async () => {
		const { weights, codec } = decodeCheckpoint(checkpoint);
		const ids = codec.encode('The cat chased the mouse');
		const n = ids.length;
		const read = await runJob(gptHeads, { checkpoint, text: 'The cat chased the mouse' });
		expect(read.ids).toEqual(ids);
		expect(read.pieces.join('')).toBe('The␣cat␣chased␣the␣mouse');
		const { layers } = read;
		expect(layers).toHaveLength(weights.config.layers);
		for (const layer of layers) {
			expect(layer).toHaveLength(weights.config.heads * n * n);
			for (let h = 0; h < weights.config.heads; h++) {
				headRows(layer, h, n).forEach((row, i) => {
					expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 9);
					expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
				});
			}
		}
	});

	it('the job reads at most the context’s tokens, and says how many the text has', async () => {
		const read = await runJob(gptHeads, { checkpoint, text: 'word '.repeat(200) });
		expect(read.ids).toHaveLength(read.config.context);
		expect(read.total).toBeGreaterThan(read.config.context);
		expect(read.layers[0]).toHaveLength(read.config.heads * read.config.context ** 2);
	});
});
