import type { Definition } from './define';
import { hostJob } from './job-host';
import type { Post } from './protocol';
import { hostRun } from './run-host';

/** In a worker, messages wait while a chunk runs: this is how long a pause may wait. */
const WORKER_CHUNK_MS = 20;

/** What serve needs of a worker's global scope (a MessagePort in tests). */
export interface WorkerScope {
	onmessage: ((event: MessageEvent) => void) | null;
	postMessage(message: unknown, transfer: Transferable[]): void;
}

/**
 * Serves a job or a run from a worker file; the whole file is
 * `import { serve } from '$lib/jobs'; import { myJob } from './my.job'; serve(myJob);`
 */
export function serve(
	definition: Definition,
	scope: WorkerScope = self as unknown as WorkerScope
): void {
	const post: Post<unknown> = (message, transfer = []) => scope.postMessage(message, transfer);
	const far =
		definition.kind === 'job'
			? hostJob(definition, post, WORKER_CHUNK_MS)
			: hostRun(definition, post, WORKER_CHUNK_MS);
	scope.onmessage = (event) => far.receive(event.data as never);
}
