/** The graph's layout as a job: run in a worker, so the page never waits on its ticks. */
import { defineJob } from '$lib/jobs';
import { forceLayoutSteps } from './layout';

export interface LayoutInput {
	count: number;
	links: { source: number; target: number }[];
	/** Each node's room (labelRoom of its name). */
	rooms: number[];
}

export const graphLayoutJob = defineJob((input: LayoutInput) =>
	forceLayoutSteps(input.count, input.links, (i) => input.rooms[i])
);
