import { choose, expect, open, test } from './fixtures';

test('choosing a model redraws the figures, marks each GPU and writes the hash; reload restores it', async ({
	page
}) => {
	await open(page, '/deployment-challenges');
	const rate = page.getByTestId('result-rate');
	// Llama 2 7B in bf16 on an A100: (13.5 GB + 0.67 GB) / 2,039 GB/s ≈ 6.94 ms a token.
	await expect(rate).toHaveText(/^14\d tokens\/s$/);
	await expect(page.getByTestId('result-weights')).toHaveText('13.5 GB');
	const a100 = page.locator('tr[data-gpu="a100-80gb"]');
	await expect(a100.getByTestId('fits')).toHaveText(/✓ fits/);

	await choose(page, 'Llama 2 70B', { exact: true });
	await expect(page).toHaveURL(/#model=llama2-70b/);
	await expect(a100.getByTestId('fits')).toHaveText(/does not fit: needs 2/);
	await expect(page.locator('tr[data-gpu="m2-ultra"]').getByTestId('fits')).toHaveText(/✓ fits/);
	await expect(page.getByTestId('gqa')).toContainText('8 key-value heads serve 64 query heads');
	await expect(page.getByRole('img', { name: /^Throughput against latency/ })).toBeVisible();

	await choose(page, 'int4', { exact: true });
	await expect(page).toHaveURL(/weights=int4/);
	await expect(a100.getByTestId('fits')).toHaveText(/✓ fits/);

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Llama 2 70B' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'int4' })).toBeChecked();
	await expect(a100.getByTestId('fits')).toHaveText(/✓ fits/);
});

test('a length beyond the trained context gets a message; a GPU without a published peak says so', async ({
	page
}) => {
	await open(page, '/deployment-challenges#prompt=8192&gpu=m2-ultra');
	await expect(page.getByRole('status').filter({ hasText: 'more than the 4,096' })).toBeVisible();
	await expect(page.getByTestId('result-prefill')).toHaveText('—');
	await expect(page.locator('tr[data-row="prefill"]')).toContainText('not published');
});
