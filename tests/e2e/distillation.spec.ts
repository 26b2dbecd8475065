import { expect, hashSettled, open, test } from './fixtures';

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

	const firstLosses = async () => {
		const status = page.getByTestId('students-step');
		await expect(status).toContainText('step 0 / 300', { timeout: 60_000 });
		const group = page.getByRole('group', { name: 'Training the three students' });
		await group.getByRole('button', { name: 'Step ▶' }).click();
		await expect(status).toContainText('step 1 / 300');
		await group.getByRole('button', { name: '▶ Play' }).click();
		await expect
			.poll(async () => Number((await status.textContent())!.match(/step (\d+)/)![1]), {
				timeout: 60_000
			})
			.toBeGreaterThanOrEqual(50);
		// Slow (20 steps a second) leaves time to pause; a run that already finished keeps its logs.
		const pause = group.getByRole('button', { name: 'Pause' });
		if (await pause.isEnabled()) await pause.click();
		await page.locator('summary', { hasText: 'Every step of the three students' }).click();
		const rows = page.locator('table').filter({ hasText: 'Loss: Hard labels' }).locator('tbody tr');
		return (await rows.allTextContents()).slice(0, 50);
	};
	const first = await firstLosses();
	expect(first).toHaveLength(50);
	expect(workers.some((url) => url.includes('students.worker'))).toBe(true);
	expect(workers.some((url) => url.includes('teacher.worker'))).toBe(true);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(slider).toHaveAttribute('aria-valuetext', '5.0');
	await expect(page).toHaveURL(/seed=2/);
	await expect(page.getByTestId('formula')).toContainText('× 25 × KL');
	expect(await firstLosses()).toEqual(first);
});
