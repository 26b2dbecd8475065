import { expect, hashSettled, open, test } from './fixtures';

test('steps and p change the chain, the chains and the formulas; the simulation fills in; a reload restores it', async ({
	page
}) => {
	await open(page, '/chain-of-thought');
	const problem = page.getByTestId('cot-problem');
	const chains = page.getByTestId('cot-chains');
	const readouts = page.getByTestId('cot-readouts');
	await expect(readouts).toContainText('0.90⁴ = 0.656');
	await expect(readouts).toContainText('simulated: 0.6');
	const before = await problem.textContent();

	await page.getByRole('slider', { name: 'Steps k' }).fill('6');
	await expect(page).toHaveURL(/steps=6/);
	await expect(chains.locator('thead th')).toHaveCount(8);
	await expect(problem).not.toHaveText(before!);
	await expect(readouts).toContainText('0.90⁶ = 0.531');

	await page.getByRole('slider', { name: 'Per-step accuracy p' }).fill('1');
	await expect(page).toHaveURL(/p=1/);
	await expect(readouts).toContainText('1.00⁶ = 1.000');
	await expect(chains.locator('tbody')).not.toContainText('✗');
	await expect(page.getByTestId('cot-vote')).toContainText('right');

	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(page).toHaveURL(/seed=/);
	const seeded = await problem.textContent();
	await hashSettled(page);
	await page.reload();
	await expect(problem).toHaveText(seeded!);
	await expect(page.getByRole('slider', { name: 'Steps k' })).toHaveValue('6');
	await expect(readouts).toContainText('simulated: 1.000');
});
