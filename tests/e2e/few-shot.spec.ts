import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const readout = (page: Page) => page.getByTestId('curve-readout');
const firstExamples = (page: Page) =>
	page.getByTestId('examples').locator('ol').first().locator('li').allTextContents();
const trails = (page: Page) =>
	page
		.locator('.demo-area polyline.trail')
		.evaluateAll((ls) => ls.map((l) => l.getAttribute('points')));
/** Scrolls to a section: the sections follow the controls, and load their charts, only near the screen. */
const bringIn = (page: Page, title: RegExp) =>
	page.getByRole('heading', { name: title }).scrollIntoViewIfNeeded();
const CURVE = /^1\. Accuracy against k/;
const MAP = /^2\. The centroids/;
const EXAMPLES = /^3\. The examples/;
/** The ten seeds' mean comes from a worker: seconds on a loaded machine. */
const MEAN = { timeout: 30_000 };

test('k and the seed change the examples, the centroids and the hash; a reload restores them', async ({
	page
}) => {
	await open(page, '/few-shot');
	await page.locator('[data-demo-ready]').waitFor();
	await bringIn(page, CURVE);
	await expect(readout(page)).toHaveText(/^At k = 4: \d+\.\d % with this seed/);
	await expect(readout(page)).toHaveText(/, \d+\.\d % on average over 10 seeds\.$/, MEAN);
	await bringIn(page, EXAMPLES);
	expect(await firstExamples(page)).toHaveLength(4);
	await bringIn(page, MAP);
	await expect(page.locator('.demo-area polyline.trail').first()).toBeAttached();
	const trails4 = await trails(page);

	const k = page.getByRole('slider', { name: 'Examples per label k' });
	await k.focus();
	await k.press('ArrowRight');
	await expect(page).toHaveURL(/k=5/);
	await bringIn(page, CURVE);
	await expect(readout(page)).toHaveText(/^At k = 5:/);
	await bringIn(page, EXAMPLES);
	await expect.poll(() => firstExamples(page)).toHaveLength(5);
	const examples5 = await firstExamples(page);
	await bringIn(page, MAP);
	await expect.poll(() => trails(page)).not.toEqual(trails4);

	await page.getByRole('button', { name: 'New seed' }).click();
	await expect(page).toHaveURL(/seed=\d+/);
	await bringIn(page, EXAMPLES);
	await expect.poll(() => firstExamples(page)).not.toEqual(examples5);
	const seeded = await firstExamples(page);
	await bringIn(page, MAP);
	await expect.poll(() => trails(page)).not.toEqual([]);
	const seededTrails = await trails(page);
	await bringIn(page, CURVE);
	await expect(readout(page)).toHaveText(/on average over 10 seeds/, MEAN);
	const text = await readout(page).textContent();

	await hashSettled(page);
	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await bringIn(page, CURVE);
	await expect(readout(page)).toHaveText(text!, MEAN);
	await bringIn(page, EXAMPLES);
	expect(await firstExamples(page)).toEqual(seeded);
	await bringIn(page, MAP);
	await expect.poll(() => trails(page)).toEqual(seededTrails);

	// k = 0 is zero-shot: no examples, no trails.
	await k.press('Home');
	await expect(page).toHaveURL(/[#&]k=0(&|$)/);
	await bringIn(page, EXAMPLES);
	await expect(page.getByText('k = 0: no examples')).toBeVisible();
	await bringIn(page, MAP);
	await expect(page.locator('.demo-area polyline.trail')).toHaveCount(0);
});

test('with fewer than two labels it asks for more', async ({ page }) => {
	await open(page, '/few-shot#off=0,1,2,3,4,5,6');
	await page.locator('[data-demo-ready]').waitFor();
	await expect(page.getByText('Choose at least two labels')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Foundations' }).check();
	await expect(page.getByText('Choose at least two labels')).toHaveCount(0);
	await bringIn(page, CURVE);
	await expect(readout(page)).toHaveText(/^At k = 4:/);
});

test('a label left out hides its sentences on the map, and brings them back when chosen again', async ({
	page
}) => {
	await open(page, '/few-shot');
	await page.locator('[data-demo-ready]').waitFor();
	await bringIn(page, MAP);
	const shown = () =>
		page
			.locator('.demo-area .map circle')
			.evaluateAll((dots) => dots.filter((d) => getComputedStyle(d).display !== 'none').length);
	await expect.poll(shown).toBeGreaterThan(0);
	const all = await shown();
	const models = page.getByRole('checkbox', { name: 'Models' });
	await models.uncheck();
	await bringIn(page, MAP);
	await expect.poll(shown).toBeLessThan(all);
	await models.check();
	await bringIn(page, MAP);
	await expect.poll(shown).toBe(all);
});

test('the induction-head toy loads from the link, trains in a worker, and keeps its seed in the hash', async ({
	page
}) => {
	// A hundred training steps in the worker take seconds on a quiet machine, more under load.
	test.setTimeout(120_000);
	await open(page, '/few-shot');
	await page.locator('[data-demo-ready]').waitFor();
	await page.getByRole('button', { name: /The mechanism: an induction head/ }).click();
	const section = page.getByRole('region', { name: '6. The mechanism: an induction head' });
	await expect(section).toBeInViewport();
	const seed = section.getByRole('spinbutton', { name: 'Seed' });
	await seed.fill('2');
	await seed.press('Enter');
	await expect(page).toHaveURL(/ihSeed=2/);

	const step = section.getByTestId('ih-step');
	const repeatLoss = async () =>
		Number((await section.getByTestId('ih-repeat-loss').textContent())!.split(' ')[0]);
	await section.getByRole('button', { name: 'Play' }).click();
	await expect(step).toHaveText(/Step ([1-9]\d+) of 1000/, { timeout: 30_000 });
	const early = await repeatLoss();
	await expect
		.poll(async () => Number((await step.textContent())!.match(/\d+/)![0]), { timeout: 60_000 })
		.toBeGreaterThan(120);
	await section.getByRole('button', { name: 'Pause' }).click();
	expect(await repeatLoss()).toBeLessThan(early);
	await expect(section.getByTestId('ih-copy')).toHaveText(/right next token \d+ times of 15/);

	await hashSettled(page);
	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await page.getByRole('button', { name: /The mechanism: an induction head/ }).click();
	await expect(section.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('2');
	await expect(section.getByTestId('ih-step')).toHaveText('Step 0 of 1000');
});
