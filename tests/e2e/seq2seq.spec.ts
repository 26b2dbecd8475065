import { expect, hashSettled, open, test } from './fixtures';

test('a source decodes with its alignment, attention off shows the bottleneck, bad input gets a message; a reload restores it', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/seq2seq');
	const output = page.getByTestId('output').getByRole('listitem');
	await expect(output).toHaveText(['3', '1', '2', '<eos>']);
	await expect(page.getByTestId('verdict')).toContainText('312: the model is right');

	await page.getByRole('button', { name: '一千零六' }).click();
	await expect(page).toHaveURL(/text=/);
	await expect(output).toHaveText(['1', '0', '0', '6', '<eos>']);
	await expect(page.getByTestId('alignment').locator('text').first()).toBeAttached();

	await page.getByRole('checkbox', { name: 'Attention' }).uncheck();
	await expect(page).toHaveURL(/attention=(false|0)/);
	await expect(page.getByTestId('no-alignment')).toBeVisible();
	await expect(page.getByTestId('alignment')).toHaveCount(0);

	const box = page.getByRole('textbox', { name: 'Number, spelled out' });
	await box.fill('one hundred and one');
	await expect(page.getByText('Not in the model’s vocabulary, left out: and.')).toBeVisible();
	await box.fill('');
	await expect(page.getByTestId('empty')).toBeVisible();
	await box.fill('twenty thousand seven');

	await hashSettled(page);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Attention' })).not.toBeChecked();
	await expect(box).toHaveValue('twenty thousand seven');
	await expect(page.getByTestId('no-alignment')).toBeVisible();

	// Training runs in the worker (started once the section is near view), a step at a time or played.
	await page.getByRole('heading', { name: 'Train from scratch' }).scrollIntoViewIfNeeded();
	const status = page.getByTestId('train-step');
	await expect(status).toHaveText('step 0 / 1500');
	await page
		.getByRole('group', { name: 'Train from scratch' })
		.getByRole('button', { name: 'Step ▶' })
		.click();
	await expect(status).toHaveText('step 1 / 1500', { timeout: 30_000 });
	expect(workers.some((url) => url.includes('train.worker'))).toBe(true);
	// Each decoding ran in its own worker, off the page.
	expect(workers.some((url) => url.includes('decode.worker'))).toBe(true);
});
