import { JobTask } from '$lib/jobs';
import { evaluation, type EvaluationInput, type SizeResult } from './evaluation.job';

/** Chunk sizes every evaluation covers (the reader's own is added). */
export const EVAL_SIZES = [10, 20, 40, 80];
const KEEP = 6;

export type EvaluationTask = JobTask<EvaluationInput, SizeResult[], number>;

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./evaluation.worker.ts', import.meta.url), { type: 'module' });

const tasks = new Map<string, EvaluationTask>();

/**
 * The evaluation sweep for a chunk size, overlap and hybrid weight, run once in a worker and
 * kept (the last few), so moving a slider back does not evaluate again; one dropped from the
 * list is cancelled if still running.
 */
export function evaluationTask(
	input: Omit<EvaluationInput, 'sizes'> & { size: number }
): EvaluationTask {
	const sizes = [...new Set([...EVAL_SIZES, input.size])].sort((a, b) => a - b);
	const key = `${sizes.join(',')}:${input.overlap}:${input.weight}`;
	let task = tasks.get(key);
	if (task) tasks.delete(key);
	else
		task = new JobTask(
			evaluation,
			{ answers: input.answers, vectors: input.vectors, sizes, overlap: input.overlap, weight: input.weight },
			{ worker: startWorker }
		);
	tasks.set(key, task);
	for (const [oldKey, old] of tasks) {
		if (tasks.size <= KEEP) break;
		old.cancel();
		tasks.delete(oldKey);
	}
	return task;
}
