// /autoregressive-vs-masked: what GPT and BERT see and predict on the default sentence, picking a
// position, choosing BERT's targets, editing the sentence, the 80-10-10 rule and a new draw, bad
// sentences and bad hash values, all on one load of the question page (each state set by the hash
// or the controls, reloads where a reload restores the state); then the embed. Axe, focus rings
// and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

/** A hash that puts every parameter back to its default (see setHash). */
const DEFAULTS = 'seed=1';

const softly = expect.configure({ soft: true });

const matrix = (page: Page, model: 'GPT' | 'BERT') =>
	page.getByRole('group', {
		name: new RegExp(`^Which tokens each position can see in .*${model}`)
	});
const hiddenCells = (page: Page, model: 'GPT' | 'BERT') =>
	matrix(page, model).getByRole('button', { name: /cannot see/ });
const bertTokens = (page: Page) =>
	page.getByRole('list', { name: /^Input tokens of Masked \(BERT\)/ }).getByRole('button');

test('the question page: GPT vs BERT, positions, targets, sentences, the 80-10-10 rule, bad hashes', async ({
	page
}) => {
	// Six behaviours and two reloads on one load: 15 to 25 s here under load.
	test.setTimeout(120_000);
	await open(page, '/autoregressive-vs-masked');

	await test.step('the same sentence: GPT sees the past and predicts every next token, BERT sees all and predicts 15%', async () => {
		await expect
			.soft(page.getByTestId('summary'))
			.toHaveText('From these 11 tokens, GPT learns from 10 predictions and BERT from 2.');
		// A causal mask hides the upper triangle: 11 · 10 / 2 cells.
		await expect.soft(hiddenCells(page, 'GPT')).toHaveCount(55);
		await expect.soft(hiddenCells(page, 'BERT')).toHaveCount(0);
		await expect
			.soft(page.getByTestId('gpt-readout'))
			.toHaveText(
				'Position 3, “the”, sees tokens 0 to 3 (4 in all) and is trained to predict “next”.'
			);
		await expect
			.soft(page.getByTestId('bert-readout'))
			.toContainText('sees all 11 tokens (2 of them hidden)');
		await expect.soft(bertTokens(page).and(page.locator('[aria-pressed="true"]'))).toHaveCount(2);
	});

	await test.step('selecting a position in a matrix or with the slider moves the highlight in both', async () => {
		await matrix(page, 'GPT').getByRole('button', { name: 'token (5) sees language (0)' }).click();
		await expect.soft(page).toHaveURL(/q=5/);
		await expect.soft(page.getByTestId('gpt-readout')).toContainText('Position 5, “token”');
		await expect.soft(page.getByTestId('bert-readout')).toContainText('Position 5');

		const slider = page.getByRole('slider', { name: 'Position' });
		await slider.focus();
		await page.keyboard.press('End');
		await expect
			.soft(page.getByTestId('gpt-readout'))
			.toContainText('Position 10, “text”, sees tokens 0 to 10 (11 in all) and has no next token');
	});

	await test.step('clicking a BERT token chooses it as a target; reload restores the choice', async () => {
		await setHash(page, DEFAULTS);
		const language = bertTokens(page).first();
		await expect.soft(language).toHaveAttribute('aria-pressed', 'false');
		await language.click();
		await expect.soft(language).toHaveAttribute('aria-pressed', 'true');
		await expect.soft(page).toHaveURL(/custom=1&picks=0,\d+,\d+/);
		await expect.soft(page.getByTestId('summary')).toContainText('BERT from 3');
		await expect
			.soft(page.getByTestId('bert-readout'))
			.toContainText('is trained to predict “language”');
		await page.reload();
		await expect.soft(bertTokens(page).first()).toHaveAttribute('aria-pressed', 'true');
		await expect.soft(page.getByTestId('summary')).toContainText('BERT from 3');

		await bertTokens(page).first().click();
		await expect.soft(bertTokens(page).first()).toHaveAttribute('aria-pressed', 'false');
		await expect.soft(page.getByTestId('summary')).toContainText('BERT from 2');
	});

	await test.step('editing the sentence redraws both sides and goes into the hash', async () => {
		await setHash(page, DEFAULTS);
		await page.getByLabel('Sentence').fill('the cat sat 🙂 猫');
		await expect.soft(page).toHaveURL(/text=/);
		await expect
			.soft(page.getByTestId('summary'))
			.toHaveText('From these 5 tokens, GPT learns from 4 predictions and BERT from 1.');
		await expect.soft(hiddenCells(page, 'GPT')).toHaveCount(10);
		await expect
			.soft(matrix(page, 'GPT').getByRole('button', { name: '猫 (4) sees 🙂 (3)' }))
			.toHaveCount(1);
		// The sentence lives in the hash.
		await page.reload();
		await expect.soft(page.getByTestId('gpt-readout')).toContainText('Position 3, “🙂”');
	});

	await test.step('without the 80-10-10 rule every chosen token is [MASK]; a new draw picks others', async () => {
		await setHash(page, 'custom=1&picks=0,1,2,3,4,5,6,7,8,9,10');
		await expect.soft(bertTokens(page)).toHaveCount(11);
		const masks = bertTokens(page).filter({ hasText: '[MASK]' });
		// With the rule, some of the eleven are swapped or kept instead.
		expect.soft(await masks.count()).toBeLessThan(11);
		await page.getByRole('checkbox', { name: 'BERT’s 80-10-10 rule' }).uncheck();
		await expect.soft(page).toHaveURL(/rule=0/);
		await expect.soft(masks).toHaveCount(11);

		await setHash(page, DEFAULTS);
		const pressed = () =>
			bertTokens(page).evaluateAll((buttons) =>
				buttons.map((b) => b.getAttribute('aria-pressed')).join()
			);
		await softly.poll(pressed).toContain('false');
		const before = await pressed();
		await page.getByRole('button', { name: 'Choose other positions' }).click();
		await expect.soft(page).toHaveURL(/seed=\d+/);
		await softly.poll(pressed).not.toBe(before);
	});

	await test.step('empty and long sentences and garbage in the hash are handled', async () => {
		await setHash(page, 'q=99&picks=1,abc&rule=maybe&seed=-1');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('q was out of range');
		await expect.soft(notice).toContainText('picks was unreadable');
		await expect.soft(notice).toContainText('rule was unreadable');
		await expect.soft(notice).toContainText('seed was out of range');
		await expect.soft(page.getByTestId('gpt-readout')).toContainText('Position 10');

		await page.getByLabel('Sentence').fill('');
		await expect.soft(page.getByText('The sentence is empty')).toBeVisible();
		await expect.soft(matrix(page, 'GPT')).toHaveCount(0);

		await page.getByLabel('Sentence').fill(Array(100).fill('word').join(' '));
		await expect
			.soft(page.getByText('The text has 100 tokens; this view uses the first 24'))
			.toBeVisible();
		await expect.soft(hiddenCells(page, 'GPT')).toHaveCount((24 * 23) / 2);
		await expect.soft(page.getByTestId('summary')).toContainText('BERT from 4');
	});
});

test('picks outside the sentence are ignored, and the embed shows the same state', async ({
	page
}) => {
	await open(page, '/embed/autoregressive-vs-masked#custom=1&picks=2,20');
	await expect.soft(page.getByTestId('summary')).toContainText('BERT from 1');
	await expect.soft(bertTokens(page).nth(2)).toHaveAttribute('aria-pressed', 'true');
});
