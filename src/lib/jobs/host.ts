import type { Definition } from './define';
import { hostJob } from './job-host';
import type { Host, Post } from './protocol';
import { hostRun } from './run-host';

/** The far end of a job or a run, whichever `definition` is. */
export function host(definition: Definition, post: Post<unknown>, chunkMs: number): Host<never> {
	return definition.kind === 'job'
		? hostJob(definition, post, chunkMs)
		: hostRun(definition, post, chunkMs);
}
