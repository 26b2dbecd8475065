import { expect, open, test } from './fixtures';
import type { Page } from '@playwright/test';

const matrix = (page: Page, model: 'GPT' | 'BERT') =>
	page.getByRole('group', {
		name: new RegExp(`^Which tokens each position can see in .*${model}`)
	});
const hiddenCells = (page: Page, model: 'GPT' | 'BERT') =>
	matrix(page, model).getByRole('button', { name: /cannot see/ });
const bertTokens = (page: Page) =>
	page.getByRole('list', { name: /^Input tokens of Masked \(BERT\)/ }).getByRole('button');

test('the same sentence: GPT sees the past and predicts every next token, BERT sees all and predicts 15%', async ({
	page
}) => {
	await open(page, '/autoregressive-vs-masked');
	await expect(page.getByTestId('summary')).toHaveText(
		'From these 11 tokens, GPT learns from 10 predictions and BERT from 2.'
	);
	// A causal mask hides the upper triangle: 11 · 10 / 2 cells.
	await expect(hiddenCells(page, 'GPT')).toHaveCount(55);
	await expect(hiddenCells(page, 'BERT')).toHaveCount(0);
	await expect(page.getByTestId('gpt-readout')).toHaveText(
		'Position 3, “the”, sees tokens 0 to 3 (4 in all) and is trained to predict “next”.'
	);
	await expect(page.getByTestId('bert-readout')).toContainText(
		'sees all 11 tokens (2 of them hidden)'
	);
	await expect(bertTokens(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(2);
});

test('editing the sentence redraws both sides and goes into the hash', async ({ page }) => {
	await open(page, '/autoregressive-vs-masked');
	await page.getByLabel('Sentence').fill('the cat sat 🙂 猫');
	await expect(page).toHaveURL(/text=/);
	await expect(page.getByTestId('summary')).toHaveText(
		'From these 5 tokens, GPT learns from 4 predictions and BERT from 1.'
	);
	await expect(hiddenCells(page, 'GPT')).toHaveCount(10);
	await expect(matrix(page, 'GPT').getByRole('button', { name: '猫 (4) sees 🙂 (3)' })).toHaveCount(
		1
	);
	// The sentence lives in the hash.
	await page.reload();
	await expect(page.getByTestId('gpt-readout')).toContainText('Position 3, “🙂”');
});

test('clicking a BERT token chooses it as a target; reload restores the choice', async ({
	page
}) => {
	await open(page, '/autoregressive-vs-masked');
	const language = bertTokens(page).first();
	await expect(language).toHaveAttribute('aria-pressed', 'false');
	await language.click();
	await expect(language).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/custom=1&picks=0,\d+,\d+/);
	await expect(page.getByTestId('summary')).toContainText('BERT from 3');
	await expect(page.getByTestId('bert-readout')).toContainText('is trained to predict “language”');
	await page.reload();
	await expect(bertTokens(page).first()).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('summary')).toContainText('BERT from 3');

	await bertTokens(page).first().click();
	await expect(bertTokens(page).first()).toHaveAttribute('aria-pressed', 'false');
	await expect(page.getByTestId('summary')).toContainText('BERT from 2');
});

test('without the 80-10-10 rule every chosen token is [MASK]; a new draw picks others', async ({
	page
}) => {
	await open(page, '/autoregressive-vs-masked#custom=1&picks=0,1,2,3,4,5,6,7,8,9,10');
	const masks = bertTokens(page).filter({ hasText: '[MASK]' });
	// With the rule, some of the eleven are swapped or kept instead.
	const withRule = await masks.count();
	expect(withRule).toBeLessThan(11);
	await page.getByRole('checkbox', { name: 'BERT’s 80-10-10 rule' }).uncheck();
	await expect(page).toHaveURL(/rule=0/);
	await expect(masks).toHaveCount(11);

	await open(page, '/autoregressive-vs-masked');
	const pressed = () =>
		bertTokens(page).evaluateAll((buttons) =>
			buttons.map((b) => b.getAttribute('aria-pressed')).join()
		);
	const before = await pressed();
	await page.getByRole('button', { name: 'Choose other positions' }).click();
	await expect(page).toHaveURL(/seed=\d+/);
	await expect.poll(pressed).not.toBe(before);
});

test('selecting a position in a matrix or with the slider moves the highlight in both', async ({
	page
}) => {
	await open(page, '/autoregressive-vs-masked');
	await matrix(page, 'GPT').getByRole('button', { name: 'token (5) sees language (0)' }).click();
	await expect(page).toHaveURL(/q=5/);
	await expect(page.getByTestId('gpt-readout')).toContainText('Position 5, “token”');
	await expect(page.getByTestId('bert-readout')).toContainText('Position 5');

	const slider = page.getByRole('slider', { name: 'Position' });
	await slider.focus();
	await page.keyboard.press('End');
	await expect(page.getByTestId('gpt-readout')).toContainText(
		'Position 10, “text”, sees tokens 0 to 10 (11 in all) and has no next token'
	);
});

test('empty and long sentences and garbage in the hash are handled', async ({ page }) => {
	await open(page, '/autoregressive-vs-masked#q=99&picks=1,abc&rule=maybe&seed=-1');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('q was out of range');
	await expect(notice).toContainText('picks was unreadable');
	await expect(notice).toContainText('rule was unreadable');
	await expect(notice).toContainText('seed was out of range');
	await expect(page.getByTestId('gpt-readout')).toContainText('Position 10');

	await page.getByLabel('Sentence').fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
	await expect(matrix(page, 'GPT')).toHaveCount(0);

	await page.getByLabel('Sentence').fill(Array(100).fill('word').join(' '));
	await expect(
		page.getByText('The text has 100 tokens; this view uses the first 24')
	).toBeVisible();
	await expect(hiddenCells(page, 'GPT')).toHaveCount((24 * 23) / 2);
	await expect(page.getByTestId('summary')).toContainText('BERT from 4');
});

test('picks outside the sentence are ignored, and the embed shows the same state', async ({
	page
}) => {
	await open(page, '/embed/autoregressive-vs-masked#custom=1&picks=2,20');
	await expect(page.getByTestId('summary')).toContainText('BERT from 1');
	await expect(bertTokens(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
});
