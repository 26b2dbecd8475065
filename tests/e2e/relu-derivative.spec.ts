import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const readoutRow = (page: Page, name: string) =>
	page.getByTestId('readout').locator(`tr[data-name="${name}"]`);
const fPath = (page: Page) => page.locator('.demo-area path.f').getAttribute('d');

test('choosing an activation redraws f and f′ and writes the hash; the probe reads the kink; reload restores', async ({
	page
}) => {
	await open(page, '/relu-derivative');
	// x = 0 by default: ReLU′(0) = 0 as PyTorch takes it, from the formula and from autodiff alike.
	await expect(readoutRow(page, 'relu').getByTestId('df')).toHaveText('0.0000');
	await expect(readoutRow(page, 'relu').getByTestId('auto')).toHaveText('0.0000');
	await expect(readoutRow(page, 'leakyRelu').getByTestId('auto')).toHaveText('0.0100');
	await expect(page.getByTestId('kink-note')).toContainText('ReLU′(0) = 0');
	const reluPath = await fPath(page);

	await page.getByRole('radio', { name: 'Sigmoid' }).check({ force: true });
	await expect(page).toHaveURL(/#fn=sigmoid$/);
	await expect.poll(() => fPath(page)).not.toBe(reluPath);
	await expect(page.getByTestId('kink-note')).toContainText('0.2500 = ¼');
	await expect(readoutRow(page, 'sigmoid')).toHaveClass(/selected/);

	// The upper chart is a slider for the keyboard: two steps right reach x = 0.1.
	const probe = page.getByTestId('probe');
	await probe.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#fn=sigmoid&x=0.1$/);
	await expect(page.getByTestId('readout').locator('caption')).toHaveText('At x = 0.10');
	await expect(readoutRow(page, 'relu').getByTestId('df')).toHaveText('1.0000');
	await expect(readoutRow(page, 'sigmoid').getByTestId('auto')).toHaveText('0.2494');

	// Hovering reads elsewhere without moving the pinned x.
	const box = (await probe.boundingBox())!;
	await page.mouse.move(box.x + 2, box.y + box.height / 2);
	await expect(page.getByTestId('readout').locator('caption')).toHaveText(
		'At the hovered x = −4.00'
	);
	await page.mouse.move(box.x + box.width / 2, box.y - 60);
	await expect(page.getByTestId('readout').locator('caption')).toHaveText('At x = 0.10');

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Sigmoid' })).toBeChecked();
	await expect(probe).toHaveAttribute('aria-valuenow', '0.1');
	await expect(page.getByTestId('kink-note')).toContainText('0.2500 = ¼');
});

test('through N layers: sigmoid stays under 0.25ᴺ, a negative shift kills ReLU units, the seed is in the link', async ({
	page
}) => {
	await open(page, '/relu-derivative#layers=10&seed=7');
	const [sigmoid, bound] = (await page.getByTestId('sigmoid-product').textContent())!.split(' ≤ ');
	expect(bound).toBe('9.54×10⁻⁷');
	const value = (s: string) =>
		Number(
			s
				.replace('×10', 'e')
				.replace(/[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+/, (m) =>
					[...m].map((c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]).join('')
				)
		);
	expect(value(sigmoid)).toBeLessThanOrEqual(value(bound));
	await expect(page.getByTestId('relu-product')).toHaveText('1');
	const deadBefore = parseInt((await page.getByTestId('dead-share').textContent())!);

	await page.getByRole('slider', { name: 'Bias shift b' }).fill('-3');
	await expect(page).toHaveURL(/#layers=10&shift=-3&seed=7$/);
	await expect
		.poll(async () => parseInt((await page.getByTestId('dead-share').textContent())!))
		.toBeGreaterThan(deadBefore);
	await expect(page.getByTestId('all-dead')).toContainText('are dead');
	await expect(page.getByTestId('relu-product')).toHaveText('0');
	// The grid draws each of the 10 × 16 units once, live or dead, and names how many are dead.
	const grid = page.getByTestId('unit-grid');
	const circles = async (kind: string) =>
		((await grid.locator(`path.${kind}`).getAttribute('d'))?.match(/M/g) ?? []).length;
	const dead = await circles('dead');
	expect(dead + (await circles('live'))).toBe(160);
	expect(Math.round((100 * dead) / 160)).toBe(
		parseInt((await page.getByTestId('dead-share').textContent())!)
	);
	await expect(grid).toHaveAttribute('aria-label', new RegExp(`: ${dead} of 160 are dead`));

	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(page).not.toHaveURL(/seed=7/);
	await page.reload();
	await expect(page.getByRole('slider', { name: 'Bias shift b' })).toHaveValue('-3');
	await expect(page.getByRole('slider', { name: 'Layers N' })).toHaveValue('10');
});
