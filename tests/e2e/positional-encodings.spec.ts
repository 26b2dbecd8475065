// /positional-encodings: PE·PEᵀ drawn once scrolled into view, the length and d_model sliders,
// the matrix's readout, a dimension's wave, shuffling with and without positions, edited, empty,
// long and foreign sentences and bad hash values, all on one load of the question page (each
// state set by the hash or the controls, reloads where a reload restores the state); then the
// embed. Axe, focus rings and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

const softly = expect.configure({ soft: true });

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

test('the question page: PE·PEᵀ, the sliders, the readout, a wave, shuffling, sentences, bad hashes', async ({
	page
}) => {
	// Seven behaviours and two reloads on one load: 20 to 35 s here under load.
	test.setTimeout(150_000);
	// First, before anything scrolls the page: PE·PEᵀ is drawn only once scrolled into view.
	await open(page, '/positional-encodings#len=40&d=16');

	await test.step('PE·PEᵀ depends only on the offset for even d_model, nearly so for odd', async () => {
		const section = page.getByRole('region', { name: /PE·PEᵀ/ });
		await expect.soft(section.getByRole('application')).toHaveCount(0);
		await section.scrollIntoViewIfNeeded();
		await expect
			.soft(section.getByRole('application'))
			.toHaveAccessibleName(/40 positions, d_model = 16/);
		await expect.soft(page.getByTestId('offset-gap')).toContainText('coincide');

		// While it is on screen, it follows the sliders.
		await page.getByRole('slider', { name: 'd_model (dimensions)' }).fill('32');
		await expect.soft(section.getByRole('application')).toHaveAccessibleName(/d_model = 32/);
		await setHash(page, 'len=40&d=15');
		await section.scrollIntoViewIfNeeded();
		await expect.soft(page.getByTestId('offset-gap')).toContainText('odd d_model');
	});

	await test.step('the length and d_model sliders redraw the matrix and write the hash; reload restores it', async () => {
		await setHash(page, '');
		await expect.soft(matrix(page)).toHaveAccessibleName(/128 positions by 128 dimensions/);
		await softly.poll(() => canvasSize(page)).toEqual([128, 128]);
		const before = await canvasPixels(page);

		await page.getByRole('slider', { name: 'Length (positions)' }).fill('64');
		await page.getByRole('slider', { name: 'd_model (dimensions)' }).fill('32');
		await expect.soft(page).toHaveURL(/len=64&d=32/);
		await expect.soft(matrix(page)).toHaveAccessibleName(/64 positions by 32 dimensions/);
		await softly.poll(() => canvasSize(page)).toEqual([64, 32]);
		expect.soft(await canvasPixels(page)).not.toBe(before);

		await page.reload();
		await expect.soft(matrix(page)).toHaveAccessibleName(/64 positions by 32 dimensions/);
		await softly.poll(() => canvasSize(page)).toEqual([64, 32]);
		await expect.soft(page.getByRole('slider', { name: 'd_model (dimensions)' })).toHaveValue('32');
	});

	await test.step('the matrix reads out values from the keyboard and the mouse', async () => {
		await setHash(page, 'len=16&d=8');
		const readout = page.getByTestId('heatmap-readout').first();
		await matrix(page).focus();
		await expect.soft(readout).toHaveText('Position 0, dimension 0 (sin of pair 0): 0.000');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		// PE(1, 1) = cos(1 · ω₀) = cos 1.
		await expect.soft(readout).toHaveText('Position 1, dimension 1 (cos of pair 0): 0.540');
		const box = (await matrix(page).boundingBox())!;
		await page.mouse.move(box.x + box.width - 2, box.y + box.height - 2);
		await expect.soft(readout).toContainText('Position 15, dimension 7 (cos of pair 3)');
	});

	await test.step('choosing a dimension draws its wave and names its wavelength', async () => {
		await setHash(page, '');
		await expect.soft(page.getByTestId('wave-formula')).toContainText('sin(pos · ω3)');
		await expect.soft(page.getByTestId('wavelength')).toContainText('every 9.7 positions');
		const wave = (dim: number) =>
			page.getByRole('img', { name: new RegExp(`^Dimension ${dim} of the encoding`) });
		const path = (dim: number) => wave(dim).locator('path.series').first().getAttribute('d');
		const before = await path(6);

		const slider = page.getByRole('slider', { name: 'Dimension', exact: true });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect.soft(page).toHaveURL(/dim=7/);
		await expect.soft(page.getByTestId('wave-formula')).toContainText('cos(pos · ω3)');
		await expect.soft(wave(7)).toBeVisible();
		expect.soft(await path(7)).not.toBe(before);

		await slider.fill('100');
		// ω50 = 10000^(−100/128): a wave 2π · 10^3.125 ≈ 8,379 positions long, far beyond the sequence.
		await expect.soft(page.getByTestId('wavelength')).toContainText('every 8,379 positions');
	});

	await test.step('without positions, shuffling only reorders the weights; with them, the weights change', async () => {
		await setHash(page, '');
		// Its word vectors are computed once the section comes near the screen.
		await page
			.getByRole('region', { name: 'Without positions, order is invisible' })
			.scrollIntoViewIfNeeded();
		const verdict = page.getByTestId('shuffle-verdict');
		await expect.soft(verdict).toContainText('the weights differ by up to');

		await page.getByRole('checkbox', { name: 'Add positional encodings' }).uncheck();
		await expect.soft(page).toHaveURL(/pos=0/);
		await expect.soft(verdict).toContainText('the shuffled weights are the same');

		const shuffled = page.getByRole('group', { name: /^Attention weights, Shuffled/ });
		const firstCell = () => shuffled.getByRole('img').first().getAttribute('aria-label');
		const before = await firstCell();
		await page.getByRole('button', { name: 'Another order' }).click();
		await expect.soft(page).toHaveURL(/seed=\d+/);
		await softly.poll(firstCell).not.toBe(before);
		await expect.soft(verdict).toContainText('the same');

		// Hovering a pair in one order finds it in the other: without positions, equal weights.
		await shuffled.getByRole('img').first().hover();
		await expect
			.soft(page.getByTestId('pair-readout'))
			.toHaveText(/^“(.+)” → “(.+)”: ([\d.]+%) in the original order, \3 shuffled\.$/);

		await page.getByRole('checkbox', { name: 'Shuffle the words' }).uncheck();
		await expect.soft(shuffled).toHaveCount(0);
		await expect.soft(page).toHaveURL(/shuffle=0/);
		await page.reload();
		await expect
			.soft(page.getByRole('checkbox', { name: 'Add positional encodings' }))
			.not.toBeChecked();
		await expect.soft(page.getByRole('checkbox', { name: 'Shuffle the words' })).not.toBeChecked();
	});

	await test.step('the sentence can be edited; empty, long, emoji and CJK input are handled', async () => {
		await setHash(page, '');
		const original = page.getByRole('group', { name: /^Attention weights, Original order/ });
		const box = page.getByLabel('Sentence');
		await box.fill('the model reads 🙂 模型');
		await expect.soft(page).toHaveURL(/text=/);
		await expect.soft(original.getByRole('img')).toHaveCount(25);
		await expect.soft(page.getByText(/Not in the guide’s vocabulary.*🙂/)).toBeVisible();

		await box.fill('');
		await expect.soft(page.getByText('The sentence is empty')).toBeVisible();
		await expect.soft(original).toHaveCount(0);

		await box.fill(Array(300).fill('cat').join(' '));
		await expect
			.soft(page.getByText('The text has 300 tokens; this view uses the first 24'))
			.toBeVisible();
		await expect.soft(original.getByRole('img')).toHaveCount(24 * 24);
	});

	await test.step('garbage in the hash is clamped or ignored, with a notice', async () => {
		await setHash(page, 'len=9999&d=abc&dim=-4&pos=2&seed=x');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('len was out of range');
		await expect.soft(notice).toContainText('d was unreadable');
		await expect.soft(notice).toContainText('dim was out of range');
		await expect.soft(notice).toContainText('pos was unreadable');
		await expect.soft(matrix(page)).toHaveAccessibleName(/512 positions by 128 dimensions/);
		await expect.soft(page.getByTestId('wave-formula')).toContainText('PE(pos, 0)');
	});
});

test('the embed: a dimension beyond d_model shows the last one', async ({ page }) => {
	await open(page, '/embed/positional-encodings#d=8&dim=100');
	await expect(page.getByTestId('wave-formula')).toContainText('PE(pos, 7) = cos');
});
