import { expect, open, test } from './fixtures';
import type { Page } from '@playwright/test';

const matrix = (page: Page) =>
	page.getByRole('application', { name: /^Sinusoidal positional encodings/ });
/** The canvas holds one pixel per cell: its size is the matrix's. */
const canvasSize = (page: Page) =>
	matrix(page)
		.locator('canvas')
		.evaluate((c: HTMLCanvasElement) => [c.height, c.width]);
const canvasPixels = (page: Page) =>
	matrix(page)
		.locator('canvas')
		.evaluate((c: HTMLCanvasElement) => c.toDataURL());

test('the length and d_model sliders redraw the matrix and write the hash; reload restores it', async ({
	page
}) => {
	await open(page, '/positional-encodings');
	await expect(matrix(page)).toHaveAccessibleName(/128 positions by 128 dimensions/);
	await expect.poll(() => canvasSize(page)).toEqual([128, 128]);
	const before = await canvasPixels(page);

	await page.getByRole('slider', { name: 'Length (positions)' }).fill('64');
	await page.getByRole('slider', { name: 'd_model (dimensions)' }).fill('32');
	await expect(page).toHaveURL(/len=64&d=32/);
	await expect(matrix(page)).toHaveAccessibleName(/64 positions by 32 dimensions/);
	await expect.poll(() => canvasSize(page)).toEqual([64, 32]);
	expect(await canvasPixels(page)).not.toBe(before);

	await page.reload();
	await expect(matrix(page)).toHaveAccessibleName(/64 positions by 32 dimensions/);
	await expect.poll(() => canvasSize(page)).toEqual([64, 32]);
	await expect(page.getByRole('slider', { name: 'd_model (dimensions)' })).toHaveValue('32');
});

test('the matrix reads out values from the keyboard and the mouse', async ({ page }) => {
	await open(page, '/positional-encodings#len=16&d=8');
	const readout = page.getByTestId('heatmap-readout').first();
	await matrix(page).focus();
	await expect(readout).toHaveText('Position 0, dimension 0 (sin of pair 0): 0.000');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	// PE(1, 1) = cos(1 · ω₀) = cos 1.
	await expect(readout).toHaveText('Position 1, dimension 1 (cos of pair 0): 0.540');
	const box = (await matrix(page).boundingBox())!;
	await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
	await expect(readout).toContainText('Position 15, dimension 7 (cos of pair 3)');
});

test('choosing a dimension draws its wave and names its wavelength', async ({ page }) => {
	await open(page, '/positional-encodings');
	await expect(page.getByTestId('wave-formula')).toContainText('sin(pos · ω3)');
	await expect(page.getByTestId('wavelength')).toContainText('every 9.7 positions');
	const wave = page.getByRole('img', { name: /^Dimension 6 of the encoding/ });
	const path = () => wave.locator('path.series').first().getAttribute('d');
	const before = await path();

	const slider = page.getByRole('slider', { name: 'Dimension', exact: true });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/dim=7/);
	await expect(page.getByTestId('wave-formula')).toContainText('cos(pos · ω3)');
	await expect(page.getByRole('img', { name: /^Dimension 7 of the encoding/ })).toBeVisible();
	expect(
		await page
			.getByRole('img', { name: /^Dimension 7/ })
			.locator('path.series')
			.first()
			.getAttribute('d')
	).not.toBe(before);

	await slider.fill('100');
	// ω50 = 10000^(−100/128): a wave 2π · 10^3.125 ≈ 8,379 positions long, far beyond the sequence.
	await expect(page.getByTestId('wavelength')).toContainText('every 8,379 positions');
});

test('PE·PEᵀ depends only on the offset for even d_model, nearly so for odd', async ({ page }) => {
	const section = page.getByRole('region', { name: /PE·PEᵀ/ });
	await open(page, '/positional-encodings#len=40&d=16');
	// Drawn only once scrolled into view.
	await expect(section.getByRole('application')).toHaveCount(0);
	await section.scrollIntoViewIfNeeded();
	await expect(section.getByRole('application')).toHaveAccessibleName(/40 positions, d_model = 16/);
	await expect(page.getByTestId('offset-gap')).toContainText('coincide');

	// While it is on screen, it follows the sliders.
	await page.getByRole('slider', { name: 'd_model (dimensions)' }).fill('32');
	await expect(section.getByRole('application')).toHaveAccessibleName(/d_model = 32/);
	await open(page, '/positional-encodings#len=40&d=15');
	await section.scrollIntoViewIfNeeded();
	await expect(page.getByTestId('offset-gap')).toContainText('odd d_model');
});

test('without positions, shuffling only reorders the weights; with them, the weights change', async ({
	page
}) => {
	await open(page, '/positional-encodings');
	const verdict = page.getByTestId('shuffle-verdict');
	await expect(verdict).toContainText('the weights differ by up to');

	await page.getByRole('checkbox', { name: 'Add positional encodings' }).uncheck();
	await expect(page).toHaveURL(/pos=0/);
	await expect(verdict).toContainText('the shuffled weights are the same');

	const shuffled = page.getByRole('group', { name: /^Attention weights, Shuffled/ });
	const firstCell = () => shuffled.getByRole('img').first().getAttribute('aria-label');
	const before = await firstCell();
	await page.getByRole('button', { name: 'Another order' }).click();
	await expect(page).toHaveURL(/seed=\d+/);
	await expect.poll(firstCell).not.toBe(before);
	await expect(verdict).toContainText('the same');

	// Hovering a pair in one order finds it in the other: without positions, equal weights.
	await shuffled.getByRole('img').first().hover();
	await expect(page.getByTestId('pair-readout')).toHaveText(
		/^“(.+)” → “(.+)”: ([\d.]+%) in the original order, \3 shuffled\.$/
	);

	await page.getByRole('checkbox', { name: 'Shuffle the words' }).uncheck();
	await expect(shuffled).toHaveCount(0);
	await expect(page).toHaveURL(/shuffle=0/);
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Add positional encodings' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Shuffle the words' })).not.toBeChecked();
});

test('the sentence can be edited; empty, long, emoji and CJK input are handled', async ({
	page
}) => {
	await open(page, '/positional-encodings');
	const original = page.getByRole('group', { name: /^Attention weights, Original order/ });
	const box = page.getByLabel('Sentence');
	await box.fill('the model reads 🙂 模型');
	await expect(page).toHaveURL(/text=/);
	await expect(original.getByRole('img')).toHaveCount(25);
	await expect(page.getByText(/Not in the guide’s vocabulary.*🙂/)).toBeVisible();

	await box.fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
	await expect(original).toHaveCount(0);

	await box.fill(Array(300).fill('cat').join(' '));
	await expect(
		page.getByText('The text has 300 tokens; this view uses the first 24')
	).toBeVisible();
	await expect(original.getByRole('img')).toHaveCount(24 * 24);
});

test('garbage in the hash is clamped or ignored, with a notice', async ({ page }) => {
	await open(page, '/positional-encodings#len=9999&d=abc&dim=-4&pos=2&seed=x');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('len was out of range');
	await expect(notice).toContainText('d was unreadable');
	await expect(notice).toContainText('dim was out of range');
	await expect(notice).toContainText('pos was unreadable');
	await expect(matrix(page)).toHaveAccessibleName(/512 positions by 128 dimensions/);
	await expect(page.getByTestId('wave-formula')).toContainText('PE(pos, 0)');
});

test('a dimension beyond d_model shows the last one', async ({ page }) => {
	await open(page, '/embed/positional-encodings#d=8&dim=100');
	await expect(page.getByTestId('wave-formula')).toContainText('PE(pos, 7) = cos');
});
