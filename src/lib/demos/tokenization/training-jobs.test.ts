import { describe, expect, it } from 'vitest';
import { trainingJob } from './training-jobs';

describe('trainingJob(text, maxMerges)', () => {
	it('trains a short text at once, on the main thread', () => {
		const job = trainingJob('aaabdaaabac', 10);
		expect(job.status).toBe('done');
		expect(job.output?.merges).toHaveLength(3);
	});

	it('keeps the last few jobs, so the same text is not trained twice', () => {
		const first = trainingJob('low lower lowest', 20);
		expect(trainingJob('low lower lowest', 20)).toBe(first);
		expect(trainingJob('low lower lowest', 19)).not.toBe(first);
		for (const text of ['a a', 'b b', 'c c', 'd d']) trainingJob(text, 20);
		expect(trainingJob('low lower lowest', 20)).not.toBe(first);
	});
});
