import { expect, hashSettled, open, test } from './fixtures';
import { firstLoggedRows } from './run-checks';

test('the temperature softens the teacher’s bars and goes into the hash; a reload restores it; the students’ run logs the same first 50 losses on a second load', async ({
	page
}) => {
	test.setTimeout(180_000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/distillation#seed=2&speed=slow');
	await expect(page.locator('[data-demo-ready]')).toBeAttached({ timeout: 60_000 });

	// T changes the drawing (the softened bars and their ranking) and the hash.
	const rank = page.getByTestId('dark-rank');
	const before = await rank.textContent();
	const slider = page.getByRole('slider', { name: 'Temperature T' });
	await slider.press('ArrowRight');
	await slider.press('ArrowRight');
	await expect(page).toHaveURL(/T=5(&|$)/);
	await expect(slider).toHaveAttribute('aria-valuetext', '5.0');
	await expect(rank).not.toHaveText(before!);
	await expect(page.getByTestId('formula')).toContainText('× 25 × KL');

	const run = {
		group: 'Training the three students',
		status: 'students-step',
		table: 'Every step of the three students'
	};
	const first = await firstLoggedRows(page, run);
	expect(workers.some((url) => url.includes('students.worker'))).toBe(true);
	expect(workers.some((url) => url.includes('teacher.worker'))).toBe(true);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(slider).toHaveAttribute('aria-valuetext', '5.0');
	await expect(page).toHaveURL(/seed=2/);
	await expect(page.getByTestId('formula')).toContainText('× 25 × KL');
	expect(await firstLoggedRows(page, run)).toEqual(first);
});
