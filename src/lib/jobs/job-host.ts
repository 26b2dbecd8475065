import { isGenerator, type Job, type JobContext } from './define';
import { nextTask } from '$lib/scheduling/next-task';
import type { FromJob, Host, Post, ToJob } from './protocol';
import { transferablesIn } from './transferables';

/** At most this many progress reports a second reach the page. */
const PROGRESS_PER_SECOND = 30;

/**
 * The far end of a job: runs its body on a `start` message, in chunks of about `chunkMs`
 * between which it yields to the event loop, and posts progress, then the output (its typed
 * arrays transferred) or the error.
 */
export function hostJob<I, O, P>(
	job: Job<I, O, P>,
	post: Post<FromJob<O, P>>,
	chunkMs: number
): Host<ToJob<I>> {
	let closed = false;
	let lastProgress = -Infinity;
	const context: JobContext<P> = {
		progress(info) {
			const now = performance.now();
			if (closed || now - lastProgress < 1000 / PROGRESS_PER_SECOND) return;
			lastProgress = now;
			post({ type: 'progress', info });
		}
	};

	async function start(input: I) {
		try {
			const result = job.body(input, context);
			let output: O;
			if (isGenerator<O>(result)) {
				for (;;) {
					const chunkEnd = performance.now() + chunkMs;
					let next = result.next();
					while (!next.done && performance.now() < chunkEnd) next = result.next();
					if (next.done) {
						output = next.value;
						break;
					}
					await nextTask();
					if (closed) {
						result.return(undefined as O);
						return;
					}
				}
			} else {
				output = result;
			}
			if (!closed) post({ type: 'done', output }, transferablesIn(output));
		} catch (error) {
			if (!closed) post({ type: 'error', message: String(error) });
		}
	}

	return {
		receive(message) {
			if (message.type === 'start') void start(message.input);
		},
		close() {
			closed = true;
		}
	};
}
