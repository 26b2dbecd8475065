import { JobTask } from '$lib/jobs';
import type { CorpusOptions } from './corpus';
import { biasMeasures, type BiasMeasures } from './bias.job';

export type MeasuresTask = JobTask<CorpusOptions, BiasMeasures, number>;

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./bias.worker.ts', import.meta.url), { type: 'module' });

const KEEP = 6;
const tasks = new Map<string, MeasuresTask>();

/**
 * The measures of a corpus setting, computed in a worker on first request and kept for the last
 * few settings (dragging the slider back is instant). A newer request cancels those still running.
 */
export function measuresTask(input: CorpusOptions): MeasuresTask {
	const key = JSON.stringify(input);
	let task = tasks.get(key);
	if (task) tasks.delete(key);
	// Only the newest setting is worth finishing: a drag leaves no queue of workers behind it.
	// Cancelled after this update (a task's status is state, not to be written while deriving).
	for (const [oldKey, old] of tasks) {
		if (old.status !== 'running') continue;
		queueMicrotask(() => old.cancel());
		tasks.delete(oldKey);
	}
	task ??= new JobTask(biasMeasures, input, { worker: startWorker });
	tasks.set(key, task);
	for (const oldKey of tasks.keys()) {
		if (tasks.size <= KEEP) break;
		tasks.delete(oldKey);
	}
	return task;
}

/**
 * What to draw: this setting's measures once they are in, else the most recent finished ones (so
 * the charts hold still while the next result is computed, instead of blanking).
 */
export function shownMeasures(current: MeasuresTask): BiasMeasures | undefined {
	if (current.output) return current.output;
	let latest: BiasMeasures | undefined;
	for (const task of tasks.values()) if (task.output) latest = task.output;
	return latest;
}

/** Cancels every running task (when the demo goes away). */
export function cancelMeasures() {
	for (const [key, task] of tasks) {
		if (task.status !== 'running') continue;
		task.cancel();
		tasks.delete(key);
	}
}
