import { nextTask } from './next-task';
import type { Steps } from '$lib/math/steps';

/**
 * Runs steps on the page in chunks of about `chunkMs`, each in its own task, so that input and
 * frames go between them; resolves with their result. For work whose result cannot be
 * structured-cloned (a model with methods), which $lib/jobs could not hand back from a worker.
 */
export async function inChunks<T>(steps: Steps<T>, chunkMs = 8): Promise<T> {
	for (;;) {
		const end = performance.now() + chunkMs;
		let next = steps.next();
		while (!next.done && performance.now() < end) next = steps.next();
		if (next.done) return next.value;
		await nextTask();
	}
}
