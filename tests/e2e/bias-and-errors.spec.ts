import { choose, expect, hashSettled, open, test } from './fixtures';

test('the stereotype slider retrains in a worker and changes the measures and the hash; a reload restores it', async ({
	page
}) => {
	test.slow(); // two corpora trained per setting, in a worker, three times over
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/bias-and-errors');
	const weat = page.getByTestId('weat');
	const next = page.getByTestId('next-word');
	await expect(weat).toContainText('= 1.86');
	await expect(next).toContainText('he 87.4 %');
	expect(workers.some((url) => url.includes('bias.worker'))).toBe(true);

	const skew = page.getByRole('slider', { name: 'Sentences that follow the stereotype' });
	await skew.fill('0.5');
	await expect(page).toHaveURL(/skew=0\.5/);
	await expect(weat).not.toContainText('= 1.86');
	await expect(next).not.toContainText('he 87.4 %');
	const balanced = await weat.textContent();

	await choose(page, 'nurse', { exact: true });
	await expect(page.getByRole('heading', { name: /the nurse said that/ })).toBeVisible();

	await hashSettled(page);
	await page.reload();
	await expect(skew).toHaveValue('0.5');
	await expect(weat).toHaveText(balanced!);
	await expect(page.getByRole('radio', { name: 'nurse' })).toBeChecked();

	// The Chinese templates: 他 / 她.
	await choose(page, 'Chinese templates (他 / 她)', { exact: true });
	await expect(page.getByRole('heading', { name: /护士说/ })).toBeVisible();
});
