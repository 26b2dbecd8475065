import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { axeFailures } from './page-checks';

const chart = (page: Page) => page.getByRole('group', { name: /sorted from most to least likely/ });
/** Heights of the solid (before) and light (after renormalising) bars. */
const heights = (page: Page, mark: 'fill' | 'paired') =>
	chart(page)
		.locator(`rect.${mark}`)
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
const cutBars = (page: Page) => chart(page).locator('g.bar.muted');
const survivors = (page: Page) => page.getByTestId('survivors');
const slider = (page: Page, name: string) => page.getByRole('slider', { name });
/** Click an option of a radio group (its input is hidden behind the label). */
const pick = (page: Page, name: string) =>
	page.getByRole('radio', { name, exact: true }).locator('..').click();

test('the p slider moves the cut and writes the hash; reload restores it', async ({ page }) => {
	await open(page, '/top-k-top-p');
	// Everyday example, top-k 5 then top-p 0.9: mat, floor, sofa, bed survive.
	await expect(survivors(page)).toHaveText('4 of 12');
	await expect(cutBars(page)).toHaveCount(8);
	const before = await heights(page, 'paired');

	await slider(page, 'Top-p: p').fill('0.5');
	await expect(page).toHaveURL(/#p=0.5$/);
	await expect(survivors(page)).toHaveText('2 of 12');
	await expect(cutBars(page)).toHaveCount(10);
	await expect.poll(() => heights(page, 'paired')).not.toEqual(before);
	await expect(page.getByTestId('stage-topP')).toContainText('cuts 3:');

	await page.reload();
	await expect(slider(page, 'Top-p: p')).toHaveValue('0.5');
	await expect(survivors(page)).toHaveText('2 of 12');
});

test('the k slider moves the top-k boundary, also from the keyboard', async ({ page }) => {
	await open(page, '/top-k-top-p');
	await slider(page, 'Top-k: k').fill('3');
	await expect(page).toHaveURL(/#k=3$/);
	await expect(survivors(page)).toHaveText('3 of 12');
	await expect(page.getByTestId('stage-topK')).toContainText('cuts 9:');
	await expect(page.getByTestId('alone')).toHaveText('top-k 3 · top-p 7 · min-p 8');

	await slider(page, 'Top-k: k').press('ArrowRight');
	await expect(page).toHaveURL(/#k=4$/);
	await page.reload();
	await expect(slider(page, 'Top-k: k')).toHaveValue('4');
	await expect(page.getByTestId('stage-topK')).toContainText('cuts 8:');
});

test('the temperature slider reshapes the bars before the filters run', async ({ page }) => {
	await open(page, '/top-k-top-p');
	const before = await heights(page, 'fill');
	await slider(page, 'Temperature T').fill('2');
	await expect(page).toHaveURL(/#t=2$/);
	await expect.poll(() => heights(page, 'fill')).not.toEqual(before);
	// Flatter: top-p now needs all five tokens top-k leaves.
	await expect(survivors(page)).toHaveText('5 of 12');
	await expect(page.getByTestId('stage-temperature')).toContainText('T = 2.00');
});

test('the mode switch turns filters on and off; min-p has its own slider', async ({ page }) => {
	await open(page, '/top-k-top-p');
	await expect(slider(page, 'Min-p')).toBeDisabled();

	await pick(page, 'Top-k');
	await expect(page).toHaveURL(/#mode=top-k$/);
	await expect(survivors(page)).toHaveText('5 of 12');
	await expect(slider(page, 'Top-p: p')).toBeDisabled();
	await expect(page.getByTestId('stage-topP')).toContainText('off');

	await pick(page, 'Top-p');
	await expect(survivors(page)).toHaveText('7 of 12');
	await expect(slider(page, 'Top-k: k')).toBeDisabled();

	await pick(page, 'Min-p');
	await expect(survivors(page)).toHaveText('8 of 12');
	await slider(page, 'Min-p').fill('0.5');
	await expect(page).toHaveURL(/#mode=min-p&minp=0.5$/);
	await expect(survivors(page)).toHaveText('1 of 12');
	await expect(page.getByTestId('stage-minP')).toContainText('cuts 11:');

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Min-p', exact: true })).toBeChecked();
	await expect(survivors(page)).toHaveText('1 of 12');
});

test('the pipeline and the table say which step cut which token', async ({ page }) => {
	await open(page, '/top-k-top-p');
	await expect(page.getByTestId('stage-topK')).toContainText('cuts 7:');
	await expect(page.getByTestId('stage-topK')).toContainText('table');
	await expect(page.getByTestId('stage-topP')).toContainText('chair');
	await expect(chart(page).getByRole('img', { name: /^5\. chair: .*cut by Top-p$/ })).toHaveCount(
		1
	);
	await page.getByText('Show the numbers').click();
	const row = page.getByRole('row', { name: /^chair/ });
	await expect(row).toContainText('cut by Top-p');
	await expect(page.getByRole('row', { name: /^mat/ })).toContainText('kept');
});

test('peaked examples: top-p keeps one or two tokens while top-k keeps k', async ({ page }) => {
	await open(page, '/top-k-top-p#example=capital');
	await expect(survivors(page)).toHaveText('1 of 12');
	await expect(page.getByTestId('alone')).toHaveText('top-k 5 · top-p 1 · min-p 1');
	await expect(page.getByText('One token survives')).toBeVisible();

	await pick(page, 'Two-way');
	await expect(survivors(page)).toHaveText('2 of 12');
	await expect(page.getByTestId('alone')).toContainText('top-k 5 · top-p 2');

	// Flat: top-p keeps most of the tokens, top-k still five.
	await pick(page, 'Flat');
	await expect(page.getByTestId('alone')).toContainText('top-k 5 · top-p 10');
	await pick(page, 'Top-p');
	await expect(survivors(page)).toHaveText('10 of 12');
});

test('seeded samples never include a cut token and are identical across reloads', async ({
	page
}) => {
	await open(page, '/top-k-top-p#seed=42');
	await page.getByRole('button', { name: 'Sample 1000' }).click();
	await expect(page).toHaveURL(/seed=42&n=1000/);
	const histogram = page.getByRole('group', { name: /Share of 1000 samples/ });
	const read = () =>
		histogram
			.locator('rect.fill')
			.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
	await expect(histogram).toBeVisible();
	const first = await read();
	// mat, floor, sofa and bed survive; the eight cut tokens are never drawn.
	expect(first.slice(0, 4).every((h) => h > 0)).toBe(true);
	expect(first.slice(4)).toEqual(new Array(8).fill(0));
	await page.reload();
	await expect(histogram).toBeVisible();
	await expect.poll(read).toEqual(first);
	await page.getByRole('button', { name: 'New seed' }).click();
	await expect.poll(read).not.toEqual(first);
});

test('the GPT-2-sized vocabulary: top-p keeps thousands where top-k keeps k', async ({ page }) => {
	await open(page, '/top-k-top-p#source=vocab&mode=top-p');
	await expect(survivors(page)).toHaveText('6,977 of 50,257');
	const curve = page.getByRole('img', { name: /Running total of probability against rank/ });
	await expect(curve).toHaveAccessibleName(/first 6,977 ranks survive/);
	await expect(chart(page).getByRole('img', { name: /^other 50,242/ })).toBeVisible();

	await slider(page, 'Top-p: p').fill('0.5');
	await expect(survivors(page)).toHaveText('32 of 50,257');
	await pick(page, 'Top-k');
	await expect(survivors(page)).toHaveText('5 of 50,257');
});

test('model mode answers a typed prompt', async ({ page }) => {
	await open(page, '/top-k-top-p#source=model');
	const first = chart(page).getByRole('img').first();
	await expect(first).toHaveAccessibleName(/^1\. mechanism/);
	await page.getByLabel('Prompt').fill('Beam search');
	await expect(page).toHaveURL(/prompt=Beam%20search/);
	await expect(first).not.toHaveAccessibleName(/^1\. mechanism/);
	await expect(survivors(page)).toHaveText(/ of \d+/);

	await page.getByLabel('Prompt').fill('');
	await expect(page.getByText('The prompt is empty')).toBeVisible();
	await page.getByLabel('Prompt').fill('the 🙂 flibbertigibbet 猫');
	await expect(page.getByText(/read as unknown: 🙂, flibbertigibbet, 猫/)).toBeVisible();
	await expect(survivors(page)).toBeVisible();
});

test('garbage in the hash is clamped or ignored, with a notice naming it', async ({ page }) => {
	const long = 'a'.repeat(10_000);
	await open(
		page,
		`/top-k-top-p#mode=zzz&k=999&p=abc&minp=-1&t=-1&example=%3Cimg%20src=x%3E&prompt=${long}`
	);
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	for (const text of [
		'mode was unreadable',
		'k was out of range',
		'p was unreadable',
		'minp was out of range',
		't was out of range',
		'example was unreadable',
		'prompt was too long'
	]) {
		await expect(notice).toContainText(text);
	}
	await expect(slider(page, 'Top-p: p')).toHaveValue('0.9');
	await expect(slider(page, 'Temperature T')).toHaveValue('0');
	// k = 200 keeps all 12 example tokens; T = 0 leaves one.
	await expect(page.getByTestId('alone')).toContainText('top-k 1');
	await expect(survivors(page)).toHaveText('1 of 12');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('the embed shows the same demo with the same hash', async ({ page }) => {
	await open(page, '/embed/top-k-top-p#example=capital');
	await expect(survivors(page)).toHaveText('1 of 12');
});

test('no serious axe violations with the rank curve, the model, all filters and dark mode', async ({
	page
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	for (const hash of ['#source=vocab&mode=all', '#source=model&mode=all&t=0']) {
		await open(page, `/top-k-top-p${hash}`);
		await expect(survivors(page)).toBeVisible();
		expect(await axeFailures(page), hash).toEqual([]);
	}
});
