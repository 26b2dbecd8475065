import { JobTaskCache } from '$lib/jobs';
import { evaluation, type EvaluationInput } from './evaluation.job';

/** Chunk sizes every evaluation covers (the reader's own is added). */
export const EVAL_SIZES = [10, 20, 40, 80];

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./evaluation.worker.ts', import.meta.url), { type: 'module' });

const tasks = new JobTaskCache(evaluation, { worker: startWorker });

/**
 * The evaluation sweep for a chunk size, overlap and hybrid weight, run once in a worker when the
 * settings have settled (a dragged slider starts one sweep, not one per step).
 */
export function evaluationTask(input: Omit<EvaluationInput, 'sizes'> & { size: number }) {
	const sizes = [...new Set([...EVAL_SIZES, input.size])].sort((a, b) => a - b);
	const { answers, vectors, overlap, weight } = input;
	return tasks.settled(`${sizes.join(',')}:${overlap}:${weight}`, () => ({
		answers,
		vectors,
		sizes,
		overlap,
		weight
	}));
}
