import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

/** The demo has drawn once its data (the guide's text, word vectors) is in: slow on a busy machine. */
const drawn = (page: Page) =>
	page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 30_000 });

test('cutoffs and d change the cost and the hash, a reload restores them; both probabilities agree until the cluster score is off', async ({
	page
}) => {
	await open(page, '/adaptive-softmax');
	await drawn(page);
	const speedup = page.getByTestId('as-speedup');
	await expect(speedup).toHaveText(/×\d+\.\d\d/);
	const before = await speedup.textContent();

	await page.getByRole('slider', { name: 'Head size k_h (words)' }).fill('100');
	await expect(page).toHaveURL(/head=100/);
	await expect(speedup).not.toHaveText(before!);
	await expect(page.getByTestId('as-cost')).toContainText('· (100 + 2)');
	const after = await speedup.textContent();

	await page.getByRole('slider', { name: 'End of the first tail cluster (rank)' }).fill('2000');
	await expect(page.getByTestId('as-clamped')).toContainText('the cutoffs used are 100');
	await expect(page.getByTestId('as-cost')).toContainText('· (100 + 1)');

	await page.getByRole('slider', { name: 'End of the first tail cluster (rank)' }).fill('300');
	await hashSettled(page);
	await page.reload();
	await drawn(page);
	await expect(page.getByRole('slider', { name: 'Head size k_h (words)' })).toHaveValue('100');
	await expect(speedup).toHaveText(after!);

	// The two-level probability of a tail word equals the flat one with exact cluster scores…
	const prob = page.getByTestId('as-prob');
	const both = async () => {
		const numbers = (await prob.textContent())!.match(/\d\.\d+(e−?\d+)?/g)!;
		return [numbers.at(-2), numbers.at(-1)];
	};
	await expect(prob).toContainText('is in tail 1');
	const [twoLevel, flat] = await both();
	expect(twoLevel).toBe(flat);
	await expect(page.getByTestId('as-sum')).toContainText('sum to 1.000000000000');
	// …and differs once the cluster scores are off, still summing to 1.
	await page.getByRole('slider', { name: 'Offset of the cluster scores' }).fill('1');
	await expect(page).toHaveURL(/shift=1/);
	const [shifted, flatAgain] = await both();
	expect(shifted).not.toBe(flatAgain);
	await expect(page.getByTestId('as-sum')).toContainText(/sum to (1\.0000000000|0\.9999999999)/);
});
