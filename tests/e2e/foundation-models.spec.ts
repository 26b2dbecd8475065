import { choose, expect, open, test } from './fixtures';
import { axeFailures, COLOUR_RULES } from './page-checks';

test('opening circles zooms the map, picking a model shows its card; hash and reload keep both', async ({
	page
}) => {
	await open(page, '/foundation-models');
	await expect(page.getByTestId('fm-count')).toHaveText('29 models from 2018 to 2024');

	await page.getByRole('button', { name: 'Text: 14 models' }).click();
	await expect(page).toHaveURL(/#at=text$/);
	const group = page.getByRole('button', { name: 'Autoregressive: 12 models' });
	await group.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#at=text%2Fautoregressive$/);
	// Focus follows into the opened circle.
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', /, 20\d\d$/);
	await page.getByRole('button', { name: 'GPT-3, 2020' }).click();
	await expect(page).toHaveURL(/pick=gpt-3/);
	await expect(page.getByTestId('fm-size')).toHaveText('175B');
	await expect(
		page.getByRole('link', { name: /Language Models are Few-Shot Learners/ })
	).toHaveAttribute('href', 'https://arxiv.org/abs/2005.14165');

	await page.getByRole('button', { name: 'GPT-3, 2020' }).focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/#at=text&pick=gpt-3$/);
	await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Autoregressive: 12 models');

	await page.reload();
	await expect(page.getByTestId('fm-size')).toHaveText('175B');
	await expect(page.getByRole('button', { name: 'Autoregressive: 12 models' })).toBeVisible();
});

test('the year filter and the timeline; an unpublished size is said to be unpublished', async ({
	page
}) => {
	await open(page, '/foundation-models');
	await page.getByRole('slider', { name: 'From year' }).fill('2023');
	await expect(page.getByTestId('fm-count')).toHaveText(/^\d+ models from 2023 to 2024$/);
	await choose(page, 'Timeline', { exact: true });
	await expect(page).toHaveURL(/view=timeline/);
	await expect(page.getByRole('button', { name: /^BERT/ })).toHaveCount(0);
	await page.getByRole('button', { name: /^GPT-4/ }).click();
	await expect(page.getByTestId('fm-size')).toHaveText('not published: its makers withheld it');
	// The timeline and the card, which the shared checks do not open, in both themes.
	expect(await axeFailures(page, { include: '.demo-area' })).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await axeFailures(page, { include: '.demo-area', rules: COLOUR_RULES })).toEqual([]);

	await open(page, '/foundation-models#from=2024&to=2018&pick=nope');
	await expect(page.getByRole('status').filter({ hasText: 'wrong way round' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'no model “nope”' })).toBeVisible();
});
