import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/** Opens the export menu and clicks one chart's format button; returns the file saved. */
async function exportOne(page: Page, chart: RegExp, format: 'SVG' | 'PNG 2×') {
	const menu = page.getByRole('button', { name: 'Export', exact: true });
	if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
	const button = page.getByRole('button', {
		name: new RegExp(`^Download “${chart.source}.*” as ${format}`)
	});
	const [download] = await Promise.all([page.waitForEvent('download'), button.first().click()]);
	const bytes = await readFile(await download.path());
	return { name: download.suggestedFilename(), bytes };
}

/** The chart's size on screen, in CSS pixels. */
const cssSize = (chart: Locator) =>
	chart.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return { width: box.width, height: box.height };
	});

/** Width and height from a PNG's header (IHDR, the first chunk). */
function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectPngAt2x(bytes: Buffer, chart: Locator) {
	const css = await cssSize(chart);
	expect(pngSize(bytes)).toEqual({
		width: Math.round(css.width * 2),
		height: Math.round(css.height * 2)
	});
}

/** A standalone SVG file that parses; returns the fill of its background (its first rect). */
async function parseSvg(page: Page, text: string) {
	expect(text.startsWith('<svg')).toBe(true);
	expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
	const parsed = await page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		const background = doc.documentElement.querySelector(':scope > rect')?.getAttribute('fill');
		return {
			root: doc.documentElement.localName,
			error: doc.querySelector('parsererror') !== null,
			background
		};
	}, text);
	expect(parsed).toMatchObject({ root: 'svg', error: false });
	return parsed.background ?? '';
}

/** Colours are concrete, not the page's variables, so the file looks the same anywhere. */
function expectConcreteColours(text: string) {
	expect(text).toMatch(/rgb\(\d+, \d+, \d+\)/);
	expect(text).not.toContain('var(');
	expect(text).not.toContain('light-dark(');
}

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(colour: string) {
	const [r, g, b] = (colour.match(/\d+/g) ?? []).map((c) => (Number(c) / 255) ** 2.2);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('the temperature chart exports as a standalone SVG and as a PNG at 2×', async ({ page }) => {
	await open(page, '/temperature');
	const chart = page.getByRole('group', { name: /^Next-token probabilities/ });
	await expect(chart).toBeVisible();

	const svg = await exportOne(page, /Next-token probabilities/, 'SVG');
	expect(svg.name).toBe(
		'llm-playground-temperature-next-token-probabilities-at-temperature-1-00.svg'
	);
	const text = svg.bytes.toString('utf8');
	expectConcreteColours(text);
	expect(luminance(await parseSvg(page, text))).toBeGreaterThan(0.8);
	await expect(page.getByText(`Saved ${svg.name}`)).toBeVisible();

	const png = await exportOne(page, /Next-token probabilities/, 'PNG 2×');
	expect(png.name).toMatch(/^llm-playground-temperature-next-token-probabilities.*\.png$/);
	await expectPngAt2x(png.bytes, chart);
});

test('in the dark theme the SVG keeps the dark colours it shows', async ({ page }) => {
	await open(page, '/temperature#theme=dark');
	const svg = await exportOne(page, /Next-token probabilities/, 'SVG');
	const text = svg.bytes.toString('utf8');
	expectConcreteColours(text);
	expect(luminance(await parseSvg(page, text))).toBeLessThan(0.05);
});

test('the SVG attention heatmap exports as SVG and PNG 2×', async ({ page }) => {
	await open(page, '/attention');
	const chart = page.getByRole('group', { name: /^Attention weights of the/ }).first();
	await expect(chart).toBeVisible();

	const svg = await exportOne(page, /Attention weights of the/, 'SVG');
	expect(svg.name).toMatch(/^llm-playground-attention-attention-weights-of-the-.*\.svg$/);
	const text = svg.bytes.toString('utf8');
	expectConcreteColours(text);
	await parseSvg(page, text);
	// The row labels, drawn in the theme's text colour through a CSS variable, came along.
	expect(text).toMatch(/<text[^>]*style="[^"]*fill:rgb\(/);

	const png = await exportOne(page, /Attention weights of the/, 'PNG 2×');
	await expectPngAt2x(png.bytes, chart);
});

test('the canvas heatmap at 512 positions exports as PNG 2× and as SVG', async ({ page }) => {
	test.slow(); // a 512 × 512 matrix: the heaviest page to draw
	await open(page, '/positional-encodings#len=512&d=512');
	const canvas = page
		.getByRole('application', { name: /^Sinusoidal positional encodings, 512 positions/ })
		.locator('canvas');
	await expect(canvas).toBeVisible();

	const png = await exportOne(page, /Sinusoidal positional encodings/, 'PNG 2×');
	expect(png.name).toMatch(/^llm-playground-positional-encodings-sinusoidal-positional-encodings-/);
	await expectPngAt2x(png.bytes, canvas);

	const svg = await exportOne(page, /Sinusoidal positional encodings/, 'SVG');
	const text = svg.bytes.toString('utf8');
	await parseSvg(page, text);
	// The picture itself, at 2×, embedded as an image.
	expect(text).toContain('<image href="data:image/png;base64,iVBORw0KGgo');
});

test('the export menu works from the keyboard: Enter opens, Tab reaches it, Escape closes', async ({
	page
}) => {
	await open(page, '/temperature');
	const menu = page.getByRole('button', { name: 'Export', exact: true });
	await menu.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	const first = page.getByRole('button', { name: /^Download “Next-token probabilities.*” as SVG/ });
	await expect(first).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(first).toBeHidden();
	await expect(menu).toBeFocused();
});
