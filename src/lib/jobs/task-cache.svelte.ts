import type { Deferred, Job } from './define';
import { JobTask } from './job-task.svelte';
import type { WorkerFactory } from './port';

/**
 * The last few runs of a job, by key: asking again for a key returns its task (running or done)
 * instead of starting over, so moving a slider back costs nothing; a task dropped from the list
 * is cancelled if it is still running.
 */
export class JobTaskCache<I, O, P> {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not drawn: `#started` says when to ask again
	#tasks = new Map<string, JobTask<I, O, P>>();
	#job: Deferred<Job<I, O, P>>;
	#worker: WorkerFactory | undefined;
	#keep: number;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Bumped when a delayed task starts, so that `settled` is asked again. */
	#started = $state(0);

	/** `job` may be a loader (see Deferred): its tasks run in the worker from `worker`. */
	constructor(
		job: Deferred<Job<I, O, P>>,
		options: { worker?: WorkerFactory; keep?: number } = {}
	) {
		this.#job = job;
		this.#worker = options.worker;
		this.#keep = options.keep ?? 6;
	}

	/** The task for `key`, started from `input()` if there is none. */
	get(key: string, input: () => I): JobTask<I, O, P> {
		let task = this.#tasks.get(key);
		if (task)
			this.#tasks.delete(key); // re-inserted below as the most recent
		else task = new JobTask(this.#job, input(), { worker: this.#worker });
		this.#tasks.set(key, task);
		for (const [oldKey, old] of this.#tasks) {
			if (this.#tasks.size <= this.#keep) break;
			old.cancel();
			this.#tasks.delete(oldKey);
		}
		return task;
	}

	/**
	 * For input that moves (a slider being dragged): the task for `key` if there is one; otherwise
	 * it starts once no other key has been asked for during `delay` ms, and meanwhile the latest
	 * task stands in (`settled: false`), so a drag starts one job, not one per step (starting a
	 * worker costs the page tens of milliseconds on a busy machine). The first key starts at once:
	 * there is nothing to stand in for it, and a page's first drawing should not wait.
	 */
	settled(
		key: string,
		input: () => I,
		delay = 400
	): { task: JobTask<I, O, P> | undefined; settled: boolean } {
		void this.#started;
		clearTimeout(this.#timer);
		if (this.#tasks.has(key) || this.#tasks.size === 0) {
			return { task: this.get(key, input), settled: true };
		}
		const value = input();
		this.#timer = setTimeout(() => {
			this.get(key, () => value);
			this.#started++;
		}, delay);
		return { task: [...this.#tasks.values()].at(-1), settled: false };
	}
}
