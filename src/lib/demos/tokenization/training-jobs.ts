import { JobTask } from '$lib/jobs';
import { bpeTraining, type TrainingInput } from './train.job';
import type { TrainingRun } from './training';

/**
 * Texts longer than this (in UTF-16 units) train in the background, in a Web Worker: the guide in
 * either language does (its 1,300–1,500 merges took 150–200 ms on a phone's CPU, on the page).
 */
export const WORKER_MIN_LENGTH = 4_000;
const KEEP = 4;

export type TrainingJob = JobTask<TrainingInput, TrainingRun, number>;

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });

const jobs = new Map<string, TrainingJob>();

/**
 * The training of a text, started on first request: here and now when the text is short (the
 * result is there at once), in a worker when it is long. The last few are kept, so switching
 * corpus back and forth does not retrain; one dropped from the list is cancelled if still running.
 */
export function trainingJob(text: string, maxMerges: number): TrainingJob {
	const key = `${maxMerges}:${text}`;
	let job = jobs.get(key);
	if (job) {
		jobs.delete(key); // re-inserted below as the most recent
	} else {
		job = new JobTask(
			bpeTraining,
			{ text, maxMerges },
			{ worker: startWorker, now: text.length <= WORKER_MIN_LENGTH }
		);
	}
	jobs.set(key, job);
	for (const [oldKey, old] of jobs) {
		if (jobs.size <= KEEP) break;
		old.cancel();
		jobs.delete(oldKey);
	}
	return job;
}

/** Cancels and forgets every running job (when the demo goes away). */
export function cancelTrainingJobs() {
	for (const [key, job] of jobs) {
		if (job.status !== 'running') continue;
		job.cancel();
		jobs.delete(key);
	}
}
