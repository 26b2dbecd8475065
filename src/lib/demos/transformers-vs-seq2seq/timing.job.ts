import { defineJob } from '$lib/jobs';
import { measureLayers } from './timing';

/** The measurement runs in a worker: the page never waits for a forward pass. */
export const timingJob = defineJob(function* (input: { d: number }, { progress }) {
	return yield* measureLayers(input.d, () => performance.now(), {}, progress);
});
