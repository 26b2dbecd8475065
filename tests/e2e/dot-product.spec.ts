// /dot-product: dragging q and moving k from the keyboard, the quick placements, d_k and the
// spread of raw and scaled scores, a new seed, the cost table, the mask pictures and bad hash
// values, all on one load of the question page (each state set by the hash or the controls,
// reloads where a reload restores the state); then a zero vector on the embed. Axe, focus rings
// and hide=/lock= are every-page.spec.ts's; a locked vector, hide-lock.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, hashSettled, open, setHash, test } from './fixtures';

/** A hash that puts every parameter back to its default (see setHash). */
const DEFAULTS = 'dk=64';

const softly = expect.configure({ soft: true });

const histogramPaths = (page: Page) =>
	page
		.getByRole('img', { name: /^Histograms of the/ })
		.locator('path')
		.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent())!;

test('the question page: q and k, d_k, the seed, the cost table, the masks, bad hashes', async ({
	page
}) => {
	// Seven behaviours and three reloads on one load: 20 to 30 s here under load.
	test.setTimeout(120_000);
	await open(page, '/dot-product');

	await test.step('dragging q changes the dot product, cosine and hash; reload restores it', async () => {
		await expect.soft(page.getByTestId('dot')).toContainText('= 2.75');
		const handle = page.getByTestId('handle-q');
		const box = (await handle.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		// Up and to the left: q swings towards k.
		await page.mouse.move(box.x - 40, box.y - 60, { steps: 8 });
		await page.mouse.up();
		await expect.soft(page).toHaveURL(/qx=[\d.]+&qy=[\d.]+/);
		await hashSettled(page);
		const dot = await text(page, 'dot');
		expect.soft(dot).not.toContain('= 2.75');
		const angle = Number((await text(page, 'angle')).match(/[\d.]+/)![0]);
		expect.soft(angle).toBeLessThan(42.3);

		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await expect.soft(page.getByTestId('dot')).toHaveText(dot);
	});

	await test.step('the arrow keys move k; quick placements give 0°, 90° and 180°', async () => {
		await setHash(page, DEFAULTS);
		const k = page.getByRole('slider', { name: 'Vector k' });
		await k.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Shift+ArrowUp');
		await expect.soft(page).toHaveURL(/kx=1\.1&ky=2(&|$)/);
		await expect.soft(k).toHaveAttribute('aria-valuetext', 'k = (1.10, 2.00)');
		await expect.soft(page.getByTestId('dot')).toContainText('2.00 × 1.10 + 0.50 × 2.00 = 3.20');

		await page.getByRole('button', { name: 'At right angles' }).click();
		await expect.soft(page.getByTestId('angle')).toHaveText('θ = 90.0°');
		await expect.soft(page.getByTestId('cosine')).toContainText('0.000');
		await page.getByRole('button', { name: 'Opposite' }).click();
		await expect.soft(page.getByTestId('angle')).toHaveText('θ = 180.0°');
		await page.getByRole('button', { name: 'Same direction' }).click();
		await expect.soft(page.getByTestId('angle')).toHaveText('θ = 0.0°');
		await expect.soft(page.getByTestId('cosine')).toContainText('1.000');
	});

	await test.step('raising d_k spreads the raw scores like √d_k and saturates softmax only unscaled', async () => {
		await setHash(page, 'dk=1');
		await expect.soft(page.getByTestId('max-unscaled')).toHaveText(await text(page, 'max-scaled'));
		const before = await histogramPaths(page);
		const slider = page.getByRole('slider', { name: /^d_k/ });
		await slider.focus();
		await page.keyboard.press('End');
		await expect.soft(page).toHaveURL(/dk=512/);
		await softly.poll(() => histogramPaths(page)).not.toEqual(before);

		const rawStd = Number((await text(page, 'raw-std')).split(' ')[0]);
		expect.soft(rawStd).toBeGreaterThan(0.9 * Math.sqrt(512));
		expect.soft(rawStd).toBeLessThan(1.1 * Math.sqrt(512));
		const scaledStd = Number(await text(page, 'scaled-std'));
		expect.soft(scaledStd).toBeGreaterThan(0.9);
		expect.soft(scaledStd).toBeLessThan(1.1);
		expect.soft(parseFloat(await text(page, 'max-unscaled'))).toBeGreaterThan(90);
		expect.soft(parseFloat(await text(page, 'max-scaled'))).toBeLessThan(50);

		await page.reload();
		await expect.soft(slider).toHaveAttribute('aria-valuetext', '512');
	});

	await test.step('a new seed draws other vectors', async () => {
		await setHash(page, DEFAULTS);
		const before = await text(page, 'max-unscaled');
		await page.getByRole('button', { name: 'New seed' }).click();
		await expect.soft(page).toHaveURL(/seed=\d+/);
		await expect.soft(page.getByTestId('max-unscaled')).not.toHaveText(before);
	});

	await test.step('the cost table follows the length and window sliders', async () => {
		await setHash(page, DEFAULTS);
		await expect.soft(page.getByTestId('cost-full')).toContainText('1.07G');
		await expect.soft(page.getByTestId('cost-full')).toContainText('2 GiB');
		const n = page.getByRole('slider', { name: 'Sequence length n' });
		await n.focus();
		await page.keyboard.press('End');
		await expect.soft(page).toHaveURL(/n=131072/);
		await expect.soft(page.getByTestId('cost-full')).toContainText('17.2G');
		await expect.soft(page.getByTestId('cost-full')).toContainText('32 GiB');
		await expect.soft(page.getByTestId('cost-causal')).toContainText('50%');

		const sliding = await text(page, 'cost-slidingWindow');
		await page.getByRole('slider', { name: 'Sliding window w' }).focus();
		await page.keyboard.press('ArrowLeft');
		await expect.soft(page).toHaveURL(/w=2048/);
		await expect.soft(page.getByTestId('cost-slidingWindow')).not.toHaveText(sliding);
		await expect.soft(page.getByTestId('cost-slidingWindow')).toContainText('±2,048');
	});

	await test.step('mask pictures count their cells, and the decoder switch makes them causal', async () => {
		await setHash(page, DEFAULTS);
		await expect.soft(page.getByTestId('count-full')).toHaveText('256 of 256 (100%)');
		await expect.soft(page.getByTestId('count-sliding')).toHaveText('74 of 256 (29%)');
		const picture = () => page.getByTestId('mask-sliding').locator('path').getAttribute('d');
		const before = await picture();

		await page.getByRole('checkbox', { name: /^Decoder/ }).check();
		await expect.soft(page).toHaveURL(/causal=1/);
		await expect.soft(page.getByTestId('count-full')).toHaveText('136 of 256 (53%)');
		await expect.soft(page.getByTestId('count-sliding')).toHaveText('45 of 256 (18%)');
		expect.soft(await picture()).not.toBe(before);

		await page.getByRole('slider', { name: 'Window w', exact: true }).fill('0');
		await expect.soft(page.getByTestId('count-sliding')).toHaveText('16 of 256 (6%)');
		await expect.soft(page).toHaveURL(/mw=0/);
		await page.reload();
		await expect.soft(page.getByTestId('count-sliding')).toHaveText('16 of 256 (6%)');
	});

	await test.step('garbage in the hash is clamped or ignored, with a notice', async () => {
		await setHash(page, 'qx=abc&ky=99&dk=9999&n=5&m=-3&causal=maybe&seed=1.5e99');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('qx was unreadable');
		await expect.soft(notice).toContainText('ky was out of range');
		await expect.soft(notice).toContainText('dk was out of range');
		await expect.soft(notice).toContainText('causal was unreadable');
		await expect
			.soft(page.getByRole('slider', { name: 'Vector k' }))
			.toHaveAttribute('aria-valuetext', 'k = (1.00, 3.00)');
		await expect
			.soft(page.getByRole('slider', { name: /^d_k/ }))
			.toHaveAttribute('aria-valuetext', '512');
		await expect.soft(page.getByTestId('cost-full')).toContainText('256');
		await expect.soft(page.getByTestId('count-full')).toHaveText('4 of 4 (100%)');
	});
});

test('a zero vector has no angle, and the embed shows the same state', async ({ page }) => {
	await open(page, '/embed/dot-product#qx=0&qy=0');
	await expect.soft(page.getByTestId('angle')).toHaveText('–');
	await expect.soft(page.getByTestId('cosine')).toContainText('no direction');
	await expect.soft(page.getByTestId('dot')).toContainText('= 0.00');
});
