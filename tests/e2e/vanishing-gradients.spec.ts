import type { Page } from '@playwright/test';
import { choose, expect, hashSettled, open, test } from './fixtures';
import { sameRowsOnReload } from './run-checks';

const gradPath = (page: Page) => page.locator('path.grad-line').getAttribute('d');

test('the activation and the depth redraw the gradient norms and go into the hash; a reload restores them', async ({
	page
}) => {
	await open(page, '/vanishing-gradients');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const sigmoid = await gradPath(page);
	expect(sigmoid).toBeTruthy();
	// Seed 1, depth 20, sigmoid: layer 1 gets about 1e-12 of layer 20's gradient.
	await expect(page.getByTestId('ratio')).toContainText('e−12');

	await choose(page, 'tanh', { exact: true });
	await expect(page).toHaveURL(/act=tanh/);
	await expect.poll(() => gradPath(page)).not.toBe(sigmoid);
	const depth = page.getByRole('slider', { name: 'Hidden layers (depth)' });
	await depth.press('End');
	await expect(page).toHaveURL(/depth=50/);
	await expect(page.getByTestId('formula')).toContainText('h_l = f(h_(l−1)·W_l + b_l)');
	const tanh50 = await gradPath(page);

	// Residual + layer norm, 50 deep: every layer within a small factor of the others.
	await page.getByRole('button', { name: 'Residual + layer norm' }).click();
	await expect(page).toHaveURL(/res=1/);
	await expect
		.poll(async () => Number((await page.getByTestId('ratio').textContent())!.replace('−', '-')))
		.toBeGreaterThan(0.05);
	expect(Number((await page.getByTestId('ratio').textContent())!.replace('−', '-'))).toBeLessThan(
		20
	);
	await page.getByRole('checkbox', { name: 'Residual connections' }).uncheck();
	await page.getByRole('checkbox', { name: 'Layer norm' }).uncheck();
	await choose(page, 'tanh', { exact: true });
	await expect.poll(() => gradPath(page)).toBe(tanh50);

	// The RNN: ρ past 1 turns a vanishing ‖∂h_T/∂h₀‖ into an exploding one once the slider rests.
	const rnnLine = () => page.locator('path.rnn-line').getAttribute('d');
	const vanishing = await rnnLine();
	await expect(page.getByTestId('rho')).toHaveText('0.900');
	await page.getByRole('button', { name: 'Exploding (ρ = 1.2, σ = 0)' }).click();
	await expect(page).toHaveURL(/rho=1\.2/);
	await expect(page.getByTestId('rho')).toHaveText('1.200');
	await expect.poll(rnnLine).not.toBe(vanishing);
	const exploding = await rnnLine();

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(depth).toHaveAttribute('aria-valuetext', '50');
	await expect(page.getByRole('radio', { name: 'tanh' })).toBeChecked();
	await expect.poll(() => gradPath(page)).toBe(tanh50);
	await expect.poll(rnnLine).toBe(exploding);
});

test('the training run runs in a worker and logs the same losses, step for step, on a second load of the link', async ({
	page
}) => {
	test.setTimeout(120_000);
	await sameRowsOnReload(page, '/vanishing-gradients#depth=6&seed=3', {
		group: '200 training steps',
		status: 'train-step',
		table: 'Every step of the training run',
		worker: 'training.worker'
	});
});
