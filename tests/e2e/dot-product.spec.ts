import { expect, open, test, hashSettled } from './fixtures';
import type { Page } from '@playwright/test';

const histogramPaths = (page: Page) =>
	page
		.getByRole('img', { name: /^Histograms of the/ })
		.locator('path')
		.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));

test('dragging q changes the dot product, cosine and hash; reload restores it', async ({
	page
}) => {
	await open(page, '/dot-product');
	await expect(page.getByTestId('dot')).toContainText('= 2.75');
	const handle = page.getByTestId('handle-q');
	const box = (await handle.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	// Up and to the left: q swings towards k.
	await page.mouse.move(box.x - 40, box.y - 60, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/qx=[\d.]+&qy=[\d.]+/);
	await hashSettled(page);
	const dot = await page.getByTestId('dot').textContent();
	expect(dot).not.toContain('= 2.75');
	const angle = Number((await page.getByTestId('angle').textContent())!.match(/[\d.]+/)![0]);
	expect(angle).toBeLessThan(42.3);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByTestId('dot')).toHaveText(dot!);
});

test('the arrow keys move k; quick placements give 0°, 90° and 180°', async ({ page }) => {
	await open(page, '/dot-product');
	await page.getByRole('slider', { name: 'Vector k' }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Shift+ArrowUp');
	await expect(page).toHaveURL(/kx=1\.1&ky=2(&|$)/);
	await expect(page.getByRole('slider', { name: 'Vector k' })).toHaveAttribute(
		'aria-valuetext',
		'k = (1.10, 2.00)'
	);
	await expect(page.getByTestId('dot')).toContainText('2.00 × 1.10 + 0.50 × 2.00 = 3.20');

	await page.getByRole('button', { name: 'At right angles' }).click();
	await expect(page.getByTestId('angle')).toHaveText('θ = 90.0°');
	await expect(page.getByTestId('cosine')).toContainText('0.000');
	await page.getByRole('button', { name: 'Opposite' }).click();
	await expect(page.getByTestId('angle')).toHaveText('θ = 180.0°');
	await page.getByRole('button', { name: 'Same direction' }).click();
	await expect(page.getByTestId('angle')).toHaveText('θ = 0.0°');
	await expect(page.getByTestId('cosine')).toContainText('1.000');
});

test('raising d_k spreads the raw scores like √d_k and saturates softmax only unscaled', async ({
	page
}) => {
	await open(page, '/dot-product#dk=1');
	await expect(page.getByTestId('max-unscaled')).toHaveText(
		(await page.getByTestId('max-scaled').textContent())!
	);
	const before = await histogramPaths(page);
	const slider = page.getByRole('slider', { name: /^d_k/ });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/dk=512/);
	await expect.poll(() => histogramPaths(page)).not.toEqual(before);

	const rawStd = Number((await page.getByTestId('raw-std').textContent())!.split(' ')[0]);
	expect(rawStd).toBeGreaterThan(0.9 * Math.sqrt(512));
	expect(rawStd).toBeLessThan(1.1 * Math.sqrt(512));
	const scaledStd = Number(await page.getByTestId('scaled-std').textContent());
	expect(scaledStd).toBeGreaterThan(0.9);
	expect(scaledStd).toBeLessThan(1.1);
	expect(parseFloat((await page.getByTestId('max-unscaled').textContent())!)).toBeGreaterThan(90);
	expect(parseFloat((await page.getByTestId('max-scaled').textContent())!)).toBeLessThan(50);

	await page.reload();
	await expect(page.getByRole('slider', { name: /^d_k/ })).toHaveAttribute('aria-valuetext', '512');
});

test('a new seed draws other vectors', async ({ page }) => {
	await open(page, '/dot-product');
	const before = await page.getByTestId('max-unscaled').textContent();
	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(page).toHaveURL(/seed=\d+/);
	await expect(page.getByTestId('max-unscaled')).not.toHaveText(before!);
});

test('the cost table follows the length and window sliders', async ({ page }) => {
	await open(page, '/dot-product');
	await expect(page.getByTestId('cost-full')).toContainText('1.07G');
	await expect(page.getByTestId('cost-full')).toContainText('2 GiB');
	const n = page.getByRole('slider', { name: 'Sequence length n' });
	await n.focus();
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/n=131072/);
	await expect(page.getByTestId('cost-full')).toContainText('17.2G');
	await expect(page.getByTestId('cost-full')).toContainText('32 GiB');
	await expect(page.getByTestId('cost-causal')).toContainText('50%');

	const sliding = await page.getByTestId('cost-slidingWindow').textContent();
	await page.getByRole('slider', { name: 'Sliding window w' }).focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/w=2048/);
	await expect(page.getByTestId('cost-slidingWindow')).not.toHaveText(sliding!);
	await expect(page.getByTestId('cost-slidingWindow')).toContainText('±2,048');
});

test('mask pictures count their cells, and the decoder switch makes them causal', async ({
	page
}) => {
	await open(page, '/dot-product');
	await expect(page.getByTestId('count-full')).toHaveText('256 of 256 (100%)');
	await expect(page.getByTestId('count-sliding')).toHaveText('74 of 256 (29%)');
	const picture = () => page.getByTestId('mask-sliding').locator('path').getAttribute('d');
	const before = await picture();

	await page.getByRole('checkbox', { name: /^Decoder/ }).check();
	await expect(page).toHaveURL(/causal=1/);
	await expect(page.getByTestId('count-full')).toHaveText('136 of 256 (53%)');
	await expect(page.getByTestId('count-sliding')).toHaveText('45 of 256 (18%)');
	expect(await picture()).not.toBe(before);

	await page.getByRole('slider', { name: 'Window w', exact: true }).fill('0');
	await expect(page.getByTestId('count-sliding')).toHaveText('16 of 256 (6%)');
	await expect(page).toHaveURL(/mw=0/);
	await page.reload();
	await expect(page.getByTestId('count-sliding')).toHaveText('16 of 256 (6%)');
});

test('garbage in the hash is clamped or ignored, with a notice', async ({ page }) => {
	await open(page, '/dot-product#qx=abc&ky=99&dk=9999&n=5&m=-3&causal=maybe&seed=1.5e99');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('qx was unreadable');
	await expect(notice).toContainText('ky was out of range');
	await expect(notice).toContainText('dk was out of range');
	await expect(notice).toContainText('causal was unreadable');
	await expect(page.getByRole('slider', { name: 'Vector k' })).toHaveAttribute(
		'aria-valuetext',
		'k = (1.00, 3.00)'
	);
	await expect(page.getByRole('slider', { name: /^d_k/ })).toHaveAttribute('aria-valuetext', '512');
	await expect(page.getByTestId('cost-full')).toContainText('256');
	await expect(page.getByTestId('count-full')).toHaveText('4 of 4 (100%)');
});

test('a zero vector has no angle, and the embed shows the same state', async ({ page }) => {
	await open(page, '/embed/dot-product#qx=0&qy=0');
	await expect(page.getByTestId('angle')).toHaveText('–');
	await expect(page.getByTestId('cosine')).toContainText('no direction');
	await expect(page.getByTestId('dot')).toContainText('= 0.00');
});
