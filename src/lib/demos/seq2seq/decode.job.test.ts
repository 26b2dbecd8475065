import { describe, expect, it } from 'vitest';
import { decodeWeights, encodeWeights } from '$lib/engines/seq2seq/checkpoint';
import { greedyDecode, initSeq2Seq } from '$lib/engines/seq2seq/model';
import { runJob } from '$lib/jobs';
import { fakeWorker } from '$lib/jobs/test-fixtures';
import { createRng } from '$lib/math/rng';
import { decodeJob } from './decode.job';

describe('decodeJob', () => {
	it('decodes as greedyDecode does with the checkpoint the bytes hold, through a worker', async () => {
		const shape = { embed: 4, hidden: 6, attention: true };
		const { scales, bytes } = encodeWeights(initSeq2Seq(shape, createRng(1)));
		const input = { checkpoint: { shape, scales }, bytes, ids: [3, 4, 5] };
		const decoded = await runJob(decodeJob, input, { worker: () => fakeWorker(decodeJob) });
		expect(decoded).toEqual(greedyDecode(decodeWeights({ shape, scales }, bytes), [3, 4, 5]));
		expect(decoded.alignments).toHaveLength(decoded.probabilities.length);
	});
});
