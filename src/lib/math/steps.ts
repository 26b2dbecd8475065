/**
 * Long computations written as generators that `yield` between steps, so that a caller in the
 * browser can pause between them (a job of src/lib/jobs) and keep the page responsive,
 * while tests and Node run them straight through with `finish`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end and returns their result. */
export function finish<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
