import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const word = (page: Page) => page.getByLabel('A word');
const chips = (page: Page, panel: string) => page.getByTestId(panel).locator('li');
const current = (page: Page) => page.getByTestId('oov-current');

test('cryptocurrency: [UNK] for the word vocabulary, 14 characters, subwords for BPE', async ({
	page
}) => {
	await open(page, '/out-of-vocabulary');
	await expect(word(page)).toHaveValue('cryptocurrency');
	await expect(chips(page, 'oov-words')).toHaveText(['cryptocurrency [UNK]']);
	await expect(page.getByTestId('oov-verdict')).toContainText('the model receives [UNK]');
	await expect(chips(page, 'oov-chars')).toHaveCount(14);
	// Trained on the guide in English, our BPE ends with the subwords the guide itself names.
	await expect(chips(page, 'oov-bpe')).toHaveText([/^cryp /, /^to /, /^currency<\/w> /]);
	await expect(page.getByTestId('stopped-early')).toContainText('Training stopped after 1,190');
});

test('typing another word updates every segmentation and the link', async ({ page }) => {
	await open(page, '/out-of-vocabulary');
	await word(page).fill('the');
	await expect(page).toHaveURL(/#word=the$/);
	await expect(page.getByTestId('oov-verdict')).toContainText('In the vocabulary');
	await expect(chips(page, 'oov-words')).toHaveText([/^the \d+$/]);
	await expect(chips(page, 'oov-bpe')).toHaveText([/^the<\/w> merge \d+$/]);
	await page.reload();
	await expect(word(page)).toHaveValue('the');
});

test('BPE applies its merges in rank order, step by step, from the keyboard too', async ({
	page
}) => {
	await open(page, '/out-of-vocabulary#word=lowest&merges=300');
	const stepper = page.getByRole('group', { name: 'Merges applied to the word' });
	await stepper.getByRole('button', { name: 'Reset' }).click();
	await expect(current(page)).toHaveText('Start: the word as 6 characters.');
	await expect(page).toHaveURL(/step=0/);
	const symbols = page.getByRole('list', { name: 'Symbols of the word under our BPE' }).last();
	await expect(symbols.locator('li')).toHaveCount(6);

	await stepper.getByRole('button', { name: 'Step ▶' }).click();
	await expect(current(page)).toHaveText(/^Step 1 of \d+: merge \d+/);
	await expect(symbols.locator('li')).toHaveCount(5);
	const first = Number((await current(page).textContent())!.match(/merge (\d+)/)![1]);

	await stepper.focus();
	await page.keyboard.press('ArrowRight');
	await expect(current(page)).toHaveText(/^Step 2 of/);
	const second = Number((await current(page).textContent())!.match(/merge (\d+)/)![1]);
	expect(second).toBeGreaterThan(first); // lowest rank first
	await expect(page).toHaveURL(/step=2/);
	await page.reload();
	await expect(current(page)).toHaveText(/^Step 2 of/);

	await page.getByRole('group', { name: 'Merges applied to the word' }).focus();
	await page.keyboard.press('End');
	await expect(current(page)).toHaveText(/^Step (\d+) of \1:/);
});

test('GPT-4o loads on demand and segments the word, with or without a leading space', async ({
	page
}) => {
	await open(page, '/out-of-vocabulary');
	await page.getByRole('button', { name: 'GPT-4o (o200k_base)' }).click();
	await expect(chips(page, 'panel-o200k').first()).toBeVisible({ timeout: 20_000 });
	const alone = await chips(page, 'panel-o200k').allTextContents();
	expect(alone.length).toBeGreaterThan(1);
	await page.getByLabel('Give GPT’s tokenizers a leading space').check();
	await expect(page).toHaveURL(/space=1/);
	await expect(chips(page, 'panel-o200k').first()).toHaveText(/^␣/);
});

test('bad input: empty, several words, emoji, CJK, garbage in the hash', async ({ page }) => {
	await open(page, '/out-of-vocabulary');
	await word(page).fill('');
	await expect(page.getByText('Type a word to see how each tokenizer handles it.')).toBeVisible();

	await word(page).fill('crypto currency');
	await expect(page.getByText('One word at a time: only “crypto” is used.')).toBeVisible();

	await word(page).fill('🙂');
	await expect(chips(page, 'oov-words')).toHaveText(['🙂 [UNK]']);
	await expect(page.getByText('None of the learned merges applies')).toBeVisible();

	await open(page, '/out-of-vocabulary#word=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&corpus=zh');
	await expect(chips(page, 'oov-chars')).toHaveCount(4);
	await expect(page.locator('.demo-area')).not.toContainText('\uFFFD');

	await open(page, '/out-of-vocabulary#merges=-4&step=zz&corpus=fr&space=2');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('merges was out of range');
	await expect(notice).toContainText('step was unreadable');
	await expect(notice).toContainText('corpus was unreadable');
	await expect(page.getByRole('slider', { name: /Merges our BPE learns/ })).toHaveValue('0');
	await expect(chips(page, 'oov-bpe')).toHaveCount(14);
});
