/**
 * The longest a task waits for an idle period. Chromium can go without one on a page that draws
 * nothing (seen headless: a label write waited for good after a redraw); a deadline runs it anyway.
 */
export const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs the tasks one by one while the page is idle, one per idle period, so that input never
 * waits behind them (a timer where the browser has no requestIdleCallback). Returns a function
 * that cancels the tasks not yet run.
 */
export function whenIdle(tasks: readonly (() => void)[]): () => void {
	const idle = typeof requestIdleCallback === 'function';
	let handle: ReturnType<typeof setTimeout> | number | undefined;
	let next = 0;
	const schedule = () => {
		if (next < tasks.length)
			handle = idle ? requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(run, 16);
	};
	const run = () => {
		tasks[next++]();
		schedule();
	};
	schedule();
	return () => (idle ? cancelIdleCallback(handle as number) : clearTimeout(handle));
}
