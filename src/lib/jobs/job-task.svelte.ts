import type { Deferred, Job } from './define';
import type { WorkerFactory } from './port';
import { runJob, runJobNow } from './run-job';

export type TaskStatus = 'running' | 'done' | 'cancelled' | 'failed';

/**
 * One run of a job, as fields a component can draw: started at once, in the worker from
 * `worker` (or on the page in chunks), or with `now: true` here and now (for small inputs: the
 * output is there on the first render, even on the server). Run in a worker, the job may be a
 * loader (see Deferred), so that its code stays out of the page; `now` needs the job itself.
 */
export class JobTask<I, O, P> {
	readonly input: I;
	/** Whether it runs in the background (false when it ran here and now). */
	readonly inBackground: boolean;
	status = $state<TaskStatus>('running');
	/** The latest progress report, while running. */
	progress = $state.raw<P>();
	output = $state.raw<O>();
	/** Why it failed, when it did. */
	error = $state<string>();
	#job: Deferred<Job<I, O, P>>;
	#worker: WorkerFactory | undefined;
	#abort: AbortController | undefined;

	constructor(
		job: Deferred<Job<I, O, P>>,
		input: I,
		options: { worker?: WorkerFactory; now?: boolean } = {}
	) {
		this.#job = job;
		this.input = input;
		this.#worker = options.worker;
		this.inBackground = !options.now;
		if (options.now) {
			if (typeof job === 'function') throw new TypeError('JobTask: `now` runs a job, not a loader');
			this.output = runJobNow(job, input);
			this.status = 'done';
		} else {
			this.#start();
		}
	}

	#start() {
		const abort = new AbortController();
		this.#abort = abort;
		this.status = 'running';
		this.progress = undefined;
		runJob(this.#job, this.input, {
			worker: this.#worker,
			signal: abort.signal,
			onProgress: (info) => (this.progress = info)
		}).then(
			(output) => {
				this.output = output;
				this.status = 'done';
			},
			(error: Error) => {
				if (abort.signal.aborted) return;
				this.error = error.message;
				this.status = 'failed';
			}
		);
	}

	/** Stops it while running; restart() runs it again. */
	cancel() {
		if (this.status !== 'running') return;
		this.#abort?.abort();
		this.status = 'cancelled';
	}

	restart() {
		if (this.status === 'cancelled' || this.status === 'failed') this.#start();
	}
}
