import { isGenerator, withDefinition, type Deferred, type Job } from './define';
import { hostJob } from './job-host';
import { openPort, type WorkerFactory } from './port';
import type { FromJob, ToJob } from './protocol';

export interface RunJobOptions<P> {
	/** Runs the job in this worker; without one (or without Worker) it runs on the page in chunks. */
	worker?: WorkerFactory;
	onProgress?: (info: P) => void;
	/** Aborting stops the job (the worker is terminated) and rejects with an AbortError. */
	signal?: AbortSignal;
	/** Buffers in the input to move to the worker instead of copying (they become unusable here). */
	transfer?: Transferable[];
}

const abortError = () => new DOMException('The job was cancelled.', 'AbortError');

/**
 * Runs a job once, off the main thread where it can; its typed arrays come back moved, not copied.
 * Given with a worker, the job may be a loader (see Deferred): then only a page without workers
 * loads its code.
 */
export function runJob<I, O, P>(
	job: Deferred<Job<I, O, P>>,
	input: I,
	{ worker, onProgress, signal, transfer = [] }: RunJobOptions<P> = {}
): Promise<O> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(abortError());
		const port = openPort<ToJob<I>, FromJob<O, P>>(
			(post, chunkMs) => withDefinition(job, (loaded) => hostJob(loaded, post, chunkMs)),
			worker
		);
		const finish = () => {
			port.close();
			signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			reject(abortError());
		};
		signal?.addEventListener('abort', abort);
		port.onmessage = (message) => {
			if (message.type === 'progress') return onProgress?.(message.info);
			finish();
			if (message.type === 'done') resolve(message.output);
			else reject(new Error(message.message));
		};
		port.onerror = (message) => {
			finish();
			reject(new Error(message));
		};
		port.post({ type: 'start', input }, transfer);
	});
}

/** Runs a job to its end here and now (small inputs, server-side rendering, tests). */
export function runJobNow<I, O, P>(job: Job<I, O, P>, input: I): O {
	const result = job.body(input, { progress() {} });
	if (!isGenerator<O>(result)) return result;
	for (;;) {
		const next = result.next();
		if (next.done) return next.value;
	}
}
