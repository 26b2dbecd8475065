// /top-k-top-p: the p, k, temperature and min-p controls and the mode switch, what the pipeline
// and the table say was cut, the peaked examples, seeded samples, the GPT-2-sized vocabulary,
// model mode, the tiny GPT, bad hash values and axe on the rank curve, the model and the tiny GPT
// in the dark theme, all on one load of the question page (each state set by the hash or the
// controls, reloads where a reload restores the state); then the embed. Axe on the default
// state, focus rings and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { choose, expect, open, setHash, test } from './fixtures';
import { axeFailures } from './page-checks';

const softly = expect.configure({ soft: true });

const chart = (page: Page) => page.getByRole('group', { name: /sorted from most to least likely/ });
/** Heights of the solid (before) and light (after renormalising) bars. */
const heights = (page: Page, mark: 'fill' | 'paired') =>
	chart(page)
		.locator(`rect.${mark}`)
		.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
const cutBars = (page: Page) => chart(page).locator('g.bar.muted');
const survivors = (page: Page) => page.getByTestId('survivors');
const slider = (page: Page, name: string) => page.getByRole('slider', { name });

test('the question page: the filters, the pipeline, examples, samples, the vocabulary, the model, bad hashes, axe', async ({
	page
}) => {
	// Twelve behaviours, five reloads and three axe scans on one load: 30 to 55 s here under load.
	test.setTimeout(150_000);
	await open(page, '/top-k-top-p');

	await test.step('the p slider moves the cut and writes the hash; reload restores it', async () => {
		// Everyday example, top-k 5 then top-p 0.9: mat, floor, sofa, bed survive.
		await expect.soft(survivors(page)).toHaveText('4 of 12');
		await expect.soft(cutBars(page)).toHaveCount(8);
		const before = await heights(page, 'paired');

		await slider(page, 'Top-p: p').fill('0.5');
		await expect.soft(page).toHaveURL(/#p=0.5$/);
		await expect.soft(survivors(page)).toHaveText('2 of 12');
		await expect.soft(cutBars(page)).toHaveCount(10);
		await softly.poll(() => heights(page, 'paired')).not.toEqual(before);
		await expect.soft(page.getByTestId('stage-topP')).toContainText('cuts 3:');

		await page.reload();
		await expect.soft(slider(page, 'Top-p: p')).toHaveValue('0.5');
		await expect.soft(survivors(page)).toHaveText('2 of 12');
	});

	await test.step('the k slider moves the top-k boundary, also from the keyboard; reload restores it', async () => {
		await setHash(page, '');
		await slider(page, 'Top-k: k').fill('3');
		await expect.soft(page).toHaveURL(/#k=3$/);
		await expect.soft(survivors(page)).toHaveText('3 of 12');
		await expect.soft(page.getByTestId('stage-topK')).toContainText('cuts 9:');
		await expect.soft(page.getByTestId('alone')).toHaveText('top-k 3 · top-p 7 · min-p 8');

		await slider(page, 'Top-k: k').press('ArrowRight');
		await expect.soft(page).toHaveURL(/#k=4$/);
		await page.reload();
		await expect.soft(slider(page, 'Top-k: k')).toHaveValue('4');
		await expect.soft(page.getByTestId('stage-topK')).toContainText('cuts 8:');
	});

	await test.step('the temperature slider reshapes the bars before the filters run', async () => {
		await setHash(page, '');
		await expect.soft(survivors(page)).toHaveText('4 of 12');
		const before = await heights(page, 'fill');
		await slider(page, 'Temperature T').fill('2');
		await expect.soft(page).toHaveURL(/#t=2$/);
		await softly.poll(() => heights(page, 'fill')).not.toEqual(before);
		// Flatter: top-p now needs all five tokens top-k leaves.
		await expect.soft(survivors(page)).toHaveText('5 of 12');
		await expect.soft(page.getByTestId('stage-temperature')).toContainText('T = 2.00');
	});

	await test.step('the mode switch turns filters on and off; min-p has its own slider; reload restores it', async () => {
		await setHash(page, '');
		await expect.soft(slider(page, 'Min-p')).toBeDisabled();

		await choose(page, 'Top-k', { exact: true });
		await expect.soft(page).toHaveURL(/#mode=top-k$/);
		await expect.soft(survivors(page)).toHaveText('5 of 12');
		await expect.soft(slider(page, 'Top-p: p')).toBeDisabled();
		await expect.soft(page.getByTestId('stage-topP')).toContainText('off');

		await choose(page, 'Top-p', { exact: true });
		await expect.soft(survivors(page)).toHaveText('7 of 12');
		await expect.soft(slider(page, 'Top-k: k')).toBeDisabled();

		await choose(page, 'Min-p', { exact: true });
		await expect.soft(survivors(page)).toHaveText('8 of 12');
		await slider(page, 'Min-p').fill('0.5');
		await expect.soft(page).toHaveURL(/#mode=min-p&minp=0.5$/);
		await expect.soft(survivors(page)).toHaveText('1 of 12');
		await expect.soft(page.getByTestId('stage-minP')).toContainText('cuts 11:');

		await page.reload();
		await expect.soft(page.getByRole('radio', { name: 'Min-p', exact: true })).toBeChecked();
		await expect.soft(survivors(page)).toHaveText('1 of 12');
	});

	await test.step('the pipeline and the table say which step cut which token', async () => {
		await setHash(page, '');
		await expect.soft(page.getByTestId('stage-topK')).toContainText('cuts 7:');
		await expect.soft(page.getByTestId('stage-topK')).toContainText('table');
		await expect.soft(page.getByTestId('stage-topP')).toContainText('chair');
		await expect
			.soft(chart(page).getByRole('img', { name: /^5\. chair: .*cut by Top-p$/ }))
			.toHaveCount(1);
		await page.getByText('Show the numbers').click();
		await expect.soft(page.getByRole('row', { name: /^chair/ })).toContainText('cut by Top-p');
		await expect.soft(page.getByRole('row', { name: /^mat/ })).toContainText('kept');
	});

	await test.step('peaked examples: top-p keeps one or two tokens while top-k keeps k', async () => {
		await setHash(page, 'example=capital');
		await expect.soft(survivors(page)).toHaveText('1 of 12');
		await expect.soft(page.getByTestId('alone')).toHaveText('top-k 5 · top-p 1 · min-p 1');
		await expect.soft(page.getByText('One token survives')).toBeVisible();

		await choose(page, 'Two-way', { exact: true });
		await expect.soft(survivors(page)).toHaveText('2 of 12');
		await expect.soft(page.getByTestId('alone')).toContainText('top-k 5 · top-p 2');

		// Flat: top-p keeps most of the tokens, top-k still five.
		await choose(page, 'Flat', { exact: true });
		await expect.soft(page.getByTestId('alone')).toContainText('top-k 5 · top-p 10');
		await choose(page, 'Top-p', { exact: true });
		await expect.soft(survivors(page)).toHaveText('10 of 12');
	});

	await test.step('seeded samples never include a cut token and are identical across reloads', async () => {
		await setHash(page, 'seed=42');
		await page.getByRole('button', { name: 'Sample 1000' }).click();
		await expect.soft(page).toHaveURL(/seed=42&n=1000/);
		const histogram = page.getByRole('group', { name: /Share of 1000 samples/ });
		const read = () =>
			histogram
				.locator('rect.fill')
				.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
		await expect.soft(histogram).toBeVisible();
		const first = await read();
		// mat, floor, sofa and bed survive; the eight cut tokens are never drawn.
		expect.soft(first.slice(0, 4).every((h) => h > 0)).toBe(true);
		expect.soft(first.slice(4)).toEqual(new Array(8).fill(0));
		await page.reload();
		await expect.soft(histogram).toBeVisible();
		await softly.poll(read).toEqual(first);
		await page.getByRole('button', { name: 'New seed' }).click();
		await softly.poll(read).not.toEqual(first);
	});

	await test.step('the GPT-2-sized vocabulary: top-p keeps thousands where top-k keeps k', async () => {
		await setHash(page, 'source=vocab&mode=top-p');
		await expect.soft(survivors(page)).toHaveText('6,977 of 50,257');
		const curve = page.getByRole('img', { name: /Running total of probability against rank/ });
		await expect.soft(curve).toHaveAccessibleName(/first 6,977 ranks survive/);
		await expect.soft(chart(page).getByRole('img', { name: /^other 50,242/ })).toBeVisible();

		await slider(page, 'Top-p: p').fill('0.5');
		await expect.soft(survivors(page)).toHaveText('32 of 50,257');
		await choose(page, 'Top-k', { exact: true });
		await expect.soft(survivors(page)).toHaveText('5 of 50,257');
	});

	await test.step('model mode answers a typed prompt', async () => {
		await setHash(page, 'source=model');
		const first = chart(page).getByRole('img').first();
		await expect.soft(first).toHaveAccessibleName(/^1\. mechanism/);
		await page.getByLabel('Prompt').fill('Beam search');
		await expect.soft(page).toHaveURL(/prompt=Beam%20search/);
		await expect.soft(first).not.toHaveAccessibleName(/^1\. mechanism/);
		await expect.soft(survivors(page)).toHaveText(/ of \d+/);

		await page.getByLabel('Prompt').fill('');
		await expect.soft(page.getByText('The prompt is empty')).toBeVisible();
		await page.getByLabel('Prompt').fill('the 🙂 flibbertigibbet 猫');
		await expect.soft(page.getByText(/read as unknown: 🙂, flibbertigibbet, 猫/)).toBeVisible();
		await expect.soft(survivors(page)).toBeVisible();
	});

	await test.step('the tiny GPT reads a typed prompt; the hash round-trips', async () => {
		await setHash(page, 'source=gpt&mode=top-p');
		const first = chart(page).getByRole('img').first();
		await expect.soft(survivors(page)).toHaveText(/ of \d+$/, { timeout: 30_000 });
		await expect.soft(page.getByText(/The tiny GPT is a Transformer/)).toBeVisible();
		const before = await first.getAttribute('aria-label');
		await page.getByLabel('Prompt').fill('Question: What is');
		await expect.soft(page).toHaveURL(/prompt=Question:%20What%20is/);
		await softly
			.poll(() => first.getAttribute('aria-label'), { timeout: 30_000 })
			.not.toEqual(before);
		const after = await first.getAttribute('aria-label');
		await page.reload();
		await expect.soft(page.getByLabel('Prompt')).toHaveValue('Question: What is');
		await softly.poll(() => first.getAttribute('aria-label'), { timeout: 30_000 }).toEqual(after);
	});

	await test.step('garbage in the hash is clamped or ignored, with a notice naming it', async () => {
		const long = 'a'.repeat(10_000);
		await setHash(
			page,
			`mode=zzz&k=999&p=abc&minp=-1&t=-1&example=%3Cimg%20src=x%3E&prompt=${long}`
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
			await expect.soft(notice).toContainText(text);
		}
		await expect.soft(slider(page, 'Top-p: p')).toHaveValue('0.9');
		await expect.soft(slider(page, 'Temperature T')).toHaveValue('0');
		// k = 200 keeps all 12 example tokens; T = 0 leaves one.
		await expect.soft(page.getByTestId('alone')).toContainText('top-k 1');
		await expect.soft(survivors(page)).toHaveText('1 of 12');
		await expect.soft(page.locator('img[src="x"]')).toHaveCount(0);
	});

	await test.step('no serious axe violations with the rank curve, the model, all filters and dark mode', async () => {
		await page.emulateMedia({ colorScheme: 'dark' });
		for (const [hash, drawn] of [
			['source=vocab&mode=all', survivors(page).filter({ hasText: 'of 50,257' })],
			['source=model&mode=all&t=0', page.getByLabel('Prompt')],
			['source=gpt&mode=all', page.getByText(/The tiny GPT is a Transformer/)]
		] as const) {
			await setHash(page, hash);
			// The tiny GPT's reading comes from a worker.
			await expect.soft(drawn).toBeVisible({ timeout: 30_000 });
			expect.soft(await axeFailures(page), hash).toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
	});
});

test('the embed shows the same demo with the same hash', async ({ page }) => {
	await open(page, '/embed/top-k-top-p#example=capital');
	await expect(survivors(page)).toHaveText('1 of 12');
});
