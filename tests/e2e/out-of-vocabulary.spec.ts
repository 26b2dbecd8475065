// /out-of-vocabulary: how each tokenizer splits the default word and a typed one, GPT-4o loaded on
// demand, BPE's merges applied step by step, and bad input and bad hash values, all on one load of
// the question page (each state set by the hash or the controls, reloads where a reload restores
// the state). Axe, focus rings and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

/** A hash that puts every parameter back to its default (see setHash). */
const DEFAULTS = 'corpus=en';

const word = (page: Page) => page.getByLabel('A word');
const chips = (page: Page, panel: string) => page.getByTestId(panel).locator('li');
const current = (page: Page) => page.getByTestId('oov-current');
const mergeNumber = async (page: Page) =>
	Number((await current(page).textContent())!.match(/merge (\d+)/)?.[1]);

test('the question page: the default word, GPT-4o, a typed word, BPE step by step, bad input', async ({
	page
}) => {
	// Five behaviours, two reloads and GPT-4o fetched on one load: 15 to 30 s here under load.
	test.setTimeout(120_000);
	await open(page, '/out-of-vocabulary');

	await test.step('cryptocurrency: [UNK] for the word vocabulary, 14 characters, subwords for BPE', async () => {
		await expect.soft(word(page)).toHaveValue('cryptocurrency');
		await expect.soft(chips(page, 'oov-words')).toHaveText(['cryptocurrency [UNK]']);
		await expect.soft(page.getByTestId('oov-verdict')).toContainText('the model receives [UNK]');
		await expect.soft(chips(page, 'oov-chars')).toHaveCount(14);
		// Trained on the guide in English, our BPE ends with the subwords the guide itself names.
		await expect.soft(chips(page, 'oov-bpe')).toHaveText([/^cryp /, /^to /, /^currency<\/w> /]);
		await expect
			.soft(page.getByTestId('stopped-early'))
			.toContainText('Training stopped after 1,190');
	});

	await test.step('GPT-4o loads on demand and segments the word, with or without a leading space', async () => {
		await page.getByRole('button', { name: 'GPT-4o (o200k_base)' }).click();
		await expect.soft(chips(page, 'panel-o200k').first()).toBeVisible({ timeout: 20_000 });
		const alone = await chips(page, 'panel-o200k').allTextContents();
		expect.soft(alone.length).toBeGreaterThan(1);
		await page.getByLabel('Give GPT’s tokenizers a leading space').check();
		await expect.soft(page).toHaveURL(/space=1/);
		await expect.soft(chips(page, 'panel-o200k').first()).toHaveText(/^␣/);
	});

	await test.step('typing another word updates every segmentation and the link', async () => {
		await setHash(page, DEFAULTS);
		await word(page).fill('the');
		await expect.soft(page).toHaveURL(/#word=the$/);
		await expect.soft(page.getByTestId('oov-verdict')).toContainText('In the vocabulary');
		await expect.soft(chips(page, 'oov-words')).toHaveText([/^the \d+$/]);
		await expect.soft(chips(page, 'oov-bpe')).toHaveText([/^the<\/w> merge \d+$/]);
		await page.reload();
		await expect.soft(word(page)).toHaveValue('the');
	});

	await test.step('BPE applies its merges in rank order, step by step, from the keyboard too', async () => {
		await setHash(page, 'word=lowest&merges=300');
		const stepper = page.getByRole('group', { name: 'Merges applied to the word' });
		await stepper.getByRole('button', { name: 'Reset' }).click();
		await expect.soft(current(page)).toHaveText('Start: the word as 6 characters.');
		await expect.soft(page).toHaveURL(/step=0/);
		const symbols = page.getByRole('list', { name: 'Symbols of the word under our BPE' }).last();
		await expect.soft(symbols.locator('li')).toHaveCount(6);

		await stepper.getByRole('button', { name: 'Step ▶' }).click();
		await expect.soft(current(page)).toHaveText(/^Step 1 of \d+: merge \d+/);
		await expect.soft(symbols.locator('li')).toHaveCount(5);
		const first = await mergeNumber(page);

		await stepper.focus();
		await page.keyboard.press('ArrowRight');
		await expect.soft(current(page)).toHaveText(/^Step 2 of/);
		const second = await mergeNumber(page);
		expect.soft(second).toBeGreaterThan(first); // lowest rank first
		await expect.soft(page).toHaveURL(/step=2/);
		await page.reload();
		await expect.soft(current(page)).toHaveText(/^Step 2 of/);

		await stepper.focus();
		await page.keyboard.press('End');
		await expect.soft(current(page)).toHaveText(/^Step (\d+) of \1:/);
	});

	await test.step('bad input: empty, several words, emoji, CJK, garbage in the hash', async () => {
		await setHash(page, DEFAULTS);
		await word(page).fill('');
		await expect
			.soft(page.getByText('Type a word to see how each tokenizer handles it.'))
			.toBeVisible();

		await word(page).fill('crypto currency');
		await expect.soft(page.getByText('One word at a time: only “crypto” is used.')).toBeVisible();

		await word(page).fill('🙂');
		await expect.soft(chips(page, 'oov-words')).toHaveText(['🙂 [UNK]']);
		await expect.soft(page.getByText('None of the learned merges applies')).toBeVisible();

		await setHash(page, 'word=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&corpus=zh');
		await expect.soft(chips(page, 'oov-chars')).toHaveCount(4);
		await expect.soft(page.locator('.demo-area')).not.toContainText('\uFFFD');

		await setHash(page, 'merges=-4&step=zz&corpus=fr&space=2');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('merges was out of range');
		await expect.soft(notice).toContainText('step was unreadable');
		await expect.soft(notice).toContainText('corpus was unreadable');
		await expect.soft(page.getByRole('slider', { name: /Merges our BPE learns/ })).toHaveValue('0');
		await expect.soft(chips(page, 'oov-bpe')).toHaveCount(14);
	});
});
