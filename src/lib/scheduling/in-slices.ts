import type { Steps } from '$lib/math/steps';

/** Gives the event loop a turn: input, rendering and other tasks run before the promise settles. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the steps in slices of about `sliceMs` (default 25 ms, under the 50 ms that makes a task
 * "long"), giving the page a turn between slices: a computation of a second on a slow laptop
 * then leaves the text readable and scrollable while it runs.
 */
export async function inSlices<T>(steps: Steps<T>, sliceMs = 25): Promise<T> {
	let sliceEnd = performance.now() + sliceMs;
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() >= sliceEnd) {
			await nextTask();
			sliceEnd = performance.now() + sliceMs;
		}
	}
}
