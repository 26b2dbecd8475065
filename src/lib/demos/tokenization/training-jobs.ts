import { TrainingJob } from './training-job.svelte';

const KEEP = 4;
const jobs = new Map<string, TrainingJob>();

/**
 * The job for a text, started on first request. The last few are kept, so switching corpus
 * back and forth does not retrain; one dropped from the list is cancelled if still running.
 */
export function trainingJob(text: string, maxMerges: number): TrainingJob {
	const key = `${maxMerges}:${text}`;
	let job = jobs.get(key);
	if (job) {
		jobs.delete(key); // re-inserted below as the most recent
	} else {
		job = new TrainingJob(text, maxMerges);
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
