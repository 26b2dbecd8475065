import { choose, expect, hashSettled, open, test } from './fixtures';

test('rank and matrices change the count and the hash; a reload restores them', async ({
	page
}) => {
	await open(page, '/lora-qlora');
	await page.locator('[data-demo-ready]').waitFor();
	const total = page.getByTestId('lora-total');
	// Llama 2 7B, rank 8 on W_q and W_v: the 4,194,304 PEFT prints.
	await expect(total).toContainText('= 4,194,304 trainable');

	await page.getByRole('slider', { name: 'LoRA rank r' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/r=16/);
	await expect(total).toContainText('= 8,388,608 trainable');
	await page.getByRole('checkbox', { name: 'W_k (keys)' }).check();
	await expect(page).toHaveURL(/lk=1/);
	await expect(total).toContainText('= 12,582,912 trainable');
	await hashSettled(page);

	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await expect(total).toContainText('= 12,582,912 trainable');

	// No matrix at all: a message, not a silent zero.
	for (const name of ['W_q (queries)', 'W_k (keys)', 'W_v (values)']) {
		await page.getByRole('checkbox', { name }).uncheck();
	}
	await expect(page.getByText('No matrix is chosen')).toBeVisible();
});

test('the SVD error equals the dropped singular values; NF4 beats uniform 4-bit', async ({
	page
}) => {
	await open(page, '/lora-qlora#k=6');
	await page.locator('[data-demo-ready]').waitFor();
	// The SVD's figures load when they come near the screen.
	await page.getByRole('slider', { name: 'Rank k of the approximation' }).scrollIntoViewIfNeeded();
	const eckart = page.getByTestId('lora-eckart');
	await expect(eckart).toContainText('σ²_7');
	const text = (await eckart.textContent()) ?? '';
	const [, fromSigma, measured] =
		text.match(/= ([\d.]*\d); measured entry by entry: ([\d.]*\d)/) ?? [];
	expect(fromSigma).toBe(measured);

	await choose(page, '16', { exact: true });
	await expect(page).toHaveURL(/block=16/);
	await expect(page.getByTestId('lora-bits')).toContainText('4 + 32 / 16 = 6');
	const readouts = await page.getByTestId('lora-nf4-readouts').locator('dd').allTextContents();
	const [nf4, uniform] = readouts.map(Number);
	expect(nf4).toBeLessThan(uniform);
});
