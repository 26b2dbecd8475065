// What every training page's spec checks of its run: the same link logs the same losses, step
// for step, on every load (the seed and the hyperparameters are all in the URL).
import type { Page } from '@playwright/test';
import { expect, open } from './fixtures';

export interface LoggedRun {
	/** The accessible name of the run's controls (a RunButtons group). */
	group: string;
	/** The test id of the run's status line, which reads "<unit> <n> …". */
	status: string;
	/** The word before the step count in the status line. */
	unit?: 'step' | 'epoch';
	/** The summary of the table that lists every step's log. */
	table: string;
	count?: number;
}

/**
 * The run's first `count` logged rows as its table prints them: one step, then play until
 * `count` steps are logged, pause (a finished run keeps its logs), read the table and close it.
 */
export async function firstLoggedRows(
	page: Page,
	{ group, status, unit = 'step', table, count = 50 }: LoggedRun
): Promise<string[]> {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const line = page.getByTestId(status);
	const taken = async () =>
		Number((await line.textContent())?.match(new RegExp(`${unit} (\\d+)`))?.[1] ?? NaN);
	const controls = page.getByRole('group', { name: group });
	await expect.poll(taken, { timeout: 60_000 }).toBe(0);
	await controls.getByRole('button', { name: 'Step ▶' }).click();
	await expect.poll(taken).toBe(1);
	await controls.getByRole('button', { name: '▶ Play' }).click();
	await expect.poll(taken, { timeout: 60_000 }).toBeGreaterThanOrEqual(count);
	const pause = controls.getByRole('button', { name: 'Pause' });
	if (await pause.isEnabled()) await pause.click();
	const details = page.locator('details').filter({
		has: page.locator('summary', { hasText: table })
	});
	await details.locator('summary').click();
	const rows = await details.locator('tbody tr').allTextContents();
	await details.locator('summary').click();
	expect(rows.length).toBeGreaterThanOrEqual(count);
	return rows.slice(0, count);
}

/**
 * The whole check: the link's run, in the worker whose URL contains `worker`, logs the same first
 * rows on two loads. Returns them, for a spec's own checks of its numbers.
 */
export async function sameRowsOnReload(
	page: Page,
	path: string,
	run: LoggedRun & { worker: string }
): Promise<string[]> {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, path);
	const first = await firstLoggedRows(page, run);
	expect(workers.some((url) => url.includes(run.worker))).toBe(true);
	await page.reload();
	expect(await firstLoggedRows(page, run)).toEqual(first);
	return first;
}
