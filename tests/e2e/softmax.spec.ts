// /softmax: the scores table (typing, dragging, the keyboard, adding and removing scores), the
// shift that leaves the probabilities alone, the naive formula overflowing, the temperature, bad
// hash values, the Chinese page, axe and a phone's width, all on one load of the question page
// (each state set by the hash or the controls); then the embed. Axe on the default state, focus
// rings and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';
import { axeFailures, COLOUR_RULES } from './page-checks';

/** A hash that puts every parameter back to its default (see setHash). */
const DEFAULTS = 't=1';

const softly = expect.configure({ soft: true });

const table = (page: Page) => page.getByRole('table', { name: /^Scores, their exponentials/ });
const probs = (page: Page) => table(page).getByTestId('p').allTextContents();
const exps = (page: Page) => table(page).getByTestId('exp').allTextContents();
const rows = (page: Page) => table(page).locator('tbody tr');
const score = (page: Page, name: string) =>
	page.getByRole('spinbutton', { name: `Score ${name}`, exact: true });
/** Widths of the probability bars, in percent of their track. */
const probBars = (page: Page) =>
	rows(page).evaluateAll((trs) =>
		trs.map((tr) =>
			parseFloat((tr.querySelector('td:nth-child(4) .fill') as HTMLElement).style.width)
		)
	);

test('the question page: scores, the shift, overflow, temperature, bad hashes, axe, a phone, Chinese', async ({
	page
}) => {
	// About fifteen checks and two axe scans on one load: 20 to 30 s here under load.
	test.setTimeout(120_000);
	await open(page, '/softmax');

	await test.step('typing a score changes the numbers, the bars and the hash; reload restores it', async () => {
		expect.soft(await probs(page)).toEqual(['0.6381', '0.2347', '0.0954', '0.0318']);
		expect.soft((await probBars(page))[0]).toBeCloseTo(63.81, 1);

		await score(page, 'x₄').fill('3');
		await expect.soft(page).toHaveURL(/#scores=2,1,0.1,3$/);
		await softly.poll(() => probs(page)).not.toContain('0.6381');
		const after = await probs(page);
		// x₄ = 3 is now the largest score, so it takes the largest share.
		expect.soft(Number(after[3])).toBeGreaterThan(Number(after[0]));
		await softly.poll(async () => (await probBars(page))[3]).toBeCloseTo(Number(after[3]) * 100, 1);
		await expect.soft(table(page).getByTestId('exp').nth(3)).toHaveText('20.1');

		await page.reload();
		await expect.soft(score(page, 'x₄')).toHaveValue('3');
		await softly.poll(() => probs(page)).toEqual(after);
	});

	await test.step('dragging a score bar sideways edits that score', async () => {
		await setHash(page, DEFAULTS);
		const bar = rows(page).nth(2).locator('.draggable');
		await bar.scrollIntoViewIfNeeded();
		const box = (await bar.boundingBox())!;
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + box.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 60, y, { steps: 6 });
		await page.mouse.up();
		await expect.soft(page).toHaveURL(/#scores=2,1,[\d.]+,-1$/);
		expect.soft(Number(await score(page, 'x₃').inputValue())).toBeGreaterThan(0.5);
	});

	await test.step('adding a constant changes the scores and exponentials, not the probabilities', async () => {
		await setHash(page, DEFAULTS);
		const p = await probs(page);
		const e = await exps(page);

		await page.getByRole('button', { name: '+10', exact: true }).click();
		await expect.soft(score(page, 'x₁')).toHaveValue('12');
		await expect.soft(score(page, 'x₄')).toHaveValue('9');
		await expect.soft(page).toHaveURL(/#scores=12,11,10.1,9$/);
		await softly.poll(() => exps(page)).not.toEqual(e);
		expect.soft(await exps(page)).toEqual(['1.63×10⁵', '5.99×10⁴', '2.43×10⁴', '8.10×10³']);
		expect.soft(await probs(page)).toEqual(p);
		const note = page.getByRole('status').filter({ hasText: 'Added c = +10 to every score' });
		await expect.soft(note).toContainText('exp(c/T) = 2.20×10⁴');
		const before = await page.getByTestId('p-before').textContent();
		expect.soft(before).toBe(await page.getByTestId('p-after').textContent());

		await page.getByRole('button', { name: 'Subtract the max (−12)' }).click();
		await expect.soft(page).toHaveURL(/#scores=0,-1,-1.9,-3$/);
		expect.soft(await probs(page)).toEqual(p);
		await expect.soft(table(page).getByTestId('exp').first()).toHaveText('1.00');
		// The shift's note goes away once the scores are edited by other means.
		await score(page, 'x₂').fill('0');
		await expect.soft(page.getByText(/Added c = /)).toHaveCount(0);
	});

	await test.step('the shift holds at another temperature too, and is refused beyond ±1000', async () => {
		await setHash(page, 'scores=995,0,-3&t=0.5');
		const p = await probs(page);
		await expect.soft(page.getByRole('button', { name: '+10', exact: true })).toBeDisabled();
		await page.getByRole('button', { name: '+1', exact: true }).click();
		await expect.soft(page).toHaveURL(/#scores=996,1,-2&t=0.5$/);
		expect.soft(await probs(page)).toEqual(p);
		const before = await page.getByTestId('p-before').textContent();
		expect.soft(before).toBe(await page.getByTestId('p-after').textContent());
	});

	await test.step('large numbers: the naive formula gives Infinity and NaN, the stable one finite probabilities', async () => {
		await setHash(page, DEFAULTS);
		await page.getByRole('button', { name: 'Large numbers (≈ 1000)' }).click();
		await expect.soft(page).toHaveURL(/#scores=1000,999,997,995$/);
		await expect.soft(page.getByTestId('verdict')).toContainText('The naive formula overflows');
		await expect.soft(page.getByTestId('verdict')).toContainText('Infinity / Infinity is NaN');
		await expect.soft(page.getByTestId('naive-p')).toHaveText(['NaN', 'NaN', 'NaN', 'NaN']);
		await expect.soft(page.getByTestId('naive-sum')).toHaveText('Infinity');
		const stable = (await page.getByTestId('stable-p').allTextContents()).map(Number);
		expect.soft(stable.every(Number.isFinite)).toBe(true);
		expect.soft(stable.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
		expect.soft(await probs(page)).toEqual(await page.getByTestId('stable-p').allTextContents());
		// The exact exponential is still written out, far beyond what a float64 holds.
		await expect.soft(table(page).getByTestId('exp').first()).toHaveText('1.97×10⁴³⁴');

		await page.getByRole('button', { name: 'Very negative (≈ −1000)' }).click();
		await expect.soft(page.getByTestId('verdict')).toContainText('The naive formula underflows');
		await expect.soft(page.getByTestId('naive-sum')).toHaveText('0');
		await expect.soft(page.getByTestId('naive-p').first()).toHaveText('NaN');

		// Subtracting the max is the stable formula's own trick: afterwards the naive one works too.
		await page.getByRole('button', { name: /^Subtract the max/ }).click();
		await expect.soft(page.getByTestId('verdict')).toContainText('Here both formulas agree');
		await expect
			.soft(page.getByTestId('naive-p'))
			.toHaveText(await page.getByTestId('stable-p').allTextContents());
	});

	await test.step('scores can be added up to 10 and removed down to 3', async () => {
		await setHash(page, DEFAULTS);
		const add = page.getByRole('button', { name: '+ Add a score' });
		await expect.soft(rows(page)).toHaveCount(4);
		for (let n = 5; n <= 10; n++) {
			await add.click();
			await expect.soft(rows(page)).toHaveCount(n);
		}
		await expect.soft(add).toBeDisabled();
		await expect.soft(page).toHaveURL(/#scores=2,1,0.1,-1,0,0,0,0,0,0$/);
		expect.soft((await probs(page)).length).toBe(10);

		await page.getByRole('button', { name: 'Remove x₁', exact: true }).click();
		await expect.soft(score(page, 'x₁')).toHaveValue('1');
		for (let n = 8; n >= 3; n--) {
			await page.getByRole('button', { name: 'Remove x₂', exact: true }).click();
			await expect.soft(rows(page)).toHaveCount(n);
		}
		await expect.soft(page).toHaveURL(/#scores=1,0,0$/);
		for (const name of ['x₁', 'x₂', 'x₃']) {
			await expect
				.soft(page.getByRole('button', { name: `Remove ${name}`, exact: true }))
				.toBeDisabled();
		}
		await expect.soft(add).toBeEnabled();
	});

	await test.step('the temperature slider reshapes the probabilities and writes the hash; reload restores it', async () => {
		await setHash(page, DEFAULTS);
		const p = await probs(page);
		const slider = page.getByRole('slider', { name: 'Temperature T' });
		await slider.fill('0.5');
		await expect.soft(page).toHaveURL(/#t=0.5$/);
		await softly.poll(() => probs(page)).not.toEqual(p);
		// A lower temperature sharpens: the largest score takes more.
		expect.soft(Number((await probs(page))[0])).toBeGreaterThan(Number(p[0]));
		await expect.soft(table(page).getByTestId('exp').first()).toHaveText('54.6');
		await page.reload();
		await expect.soft(slider).toHaveValue('0.5');
		await expect
			.soft(page.getByRole('link', { name: /question 6/ }))
			.toHaveAttribute('href', /\/temperature$/);
	});

	await test.step('a score can be stepped from the keyboard', async () => {
		await setHash(page, DEFAULTS);
		await score(page, 'x₂').focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect.soft(page).toHaveURL(/#scores=2,1.2,0.1,-1$/);
	});

	await test.step('bad hash values are clamped or ignored, with a notice', async () => {
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await setHash(page, 'scores=5000,1,-7e9&t=9');
		await expect.soft(notice).toContainText('scores was out of range and was clamped');
		await expect.soft(notice).toContainText('t was out of range and was clamped');
		await expect.soft(score(page, 'x₁')).toHaveValue('1000');
		await expect.soft(score(page, 'x₃')).toHaveValue('-1000');
		await expect.soft(page.getByRole('slider', { name: 'Temperature T' })).toHaveValue('3');

		await setHash(page, 'scores=1,2,3,4,5,6,7,8,9,10,11,12&t=abc');
		await expect.soft(notice).toContainText('scores was too long and was shortened');
		await expect.soft(notice).toContainText('t was unreadable');
		await expect.soft(rows(page)).toHaveCount(10);

		await setHash(page, 'scores=7');
		await expect.soft(page.getByText('the link has 1, so zeros were added')).toBeVisible();
		await expect.soft(rows(page)).toHaveCount(3);
		await expect.soft(score(page, 'x₁')).toHaveValue('7');
		await expect.soft(score(page, 'x₃')).toHaveValue('0');

		await setHash(page, 'scores=%F0%9F%99%82,%E7%8C%AB');
		await expect.soft(notice).toContainText('scores was unreadable');
		await expect.soft(rows(page)).toHaveCount(4);
	});

	await test.step('no serious or critical axe violations with the naive formula overflowing, in both themes', async () => {
		await setHash(page, 'scores=1000,999,997,995');
		await expect(page.getByTestId('naive-p').first()).toHaveText('NaN');
		expect.soft(await axeFailures(page, { include: '.demo-area' }), 'light').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect
			.soft(await axeFailures(page, { include: '.demo-area', rules: COLOUR_RULES }), 'dark')
			.toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
	});

	await test.step('nothing overflows sideways on a 390 px phone', async () => {
		await page.setViewportSize({ width: 390, height: 844 });
		await setHash(page, 'scores=1000,-1000,999.5,-999.5,1,2,3,4,5,6&t=0.05');
		await expect.soft(rows(page)).toHaveCount(10);
		expect
			.soft(await page.evaluate(() => document.documentElement.scrollWidth))
			.toBeLessThanOrEqual(390);
	});

	await test.step('the Chinese page shows the same numbers in Chinese', async () => {
		await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
		await setHash(page, 'scores=1000,999,997,995');
		await expect.soft(page.getByTestId('verdict')).toContainText('朴素公式溢出了');
		await expect.soft(page.getByRole('spinbutton', { name: '分数 x₁' })).toHaveValue('1000');
	});
});

test('the embed shows the same demo from the same hash', async ({ page }) => {
	await open(page, '/embed/softmax#scores=1000,999,997,995&t=1.2');
	await expect.soft(page.getByTestId('naive-p').first()).toHaveText('NaN');
	await expect.soft(page.getByRole('slider', { name: 'Temperature T' })).toHaveValue('1.2');
});
