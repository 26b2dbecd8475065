import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const count = (page: Page, panel: string) => page.getByTestId(`panel-${panel}-count`);
const chips = (page: Page, panel: string) => page.getByTestId(`panel-${panel}`).locator('li');
const textBox = (page: Page) => page.getByLabel('Text to tokenize');
const merges = (page: Page) => page.getByRole('slider', { name: 'Merges learned' });

test('typing changes the tokens of every tokenizer', async ({ page }) => {
	await open(page, '/tokenization');
	await expect(count(page, 'chars')).toHaveText(/^92 tokens/);
	const bpeBefore = await count(page, 'bpe').textContent();

	await textBox(page).fill('the cat sat');
	await expect(count(page, 'chars')).toHaveText(/^11 tokens · 1\.00/);
	await expect(count(page, 'words')).toHaveText(/^3 tokens/);
	await expect(count(page, 'bpe')).not.toHaveText(bpeBefore!);
	await expect(chips(page, 'words')).toHaveText([/^the \d+$/, 'cat [UNK]', 'sat [UNK]']);
	await expect(page).toHaveURL(/#text=the%20cat%20sat$/);
	// The counts table follows the panels.
	await expect(page.getByTestId('counts').getByRole('row', { name: /^Characters/ })).toContainText(
		'11'
	);
});

test('stepping advances the merges, by button and by key, and the link keeps the step', async ({
	page
}) => {
	await open(page, '/tokenization#text=aaabdaaabac&corpus=text');
	// "aaabdaaabac" trains 3 merges, then no pair occurs twice.
	await expect(page.getByTestId('stopped-early')).toContainText(
		'You asked for 1,000 merges, but training stopped after 3'
	);
	await expect(chips(page, 'bpe')).toHaveText(['aaab 258', 'd 100', 'aaab 258', 'a 97', 'c 99']);

	const stepper = page.getByRole('group', { name: 'Training steps, one merge each' });
	await stepper.getByRole('button', { name: 'Reset' }).click();
	await expect(merges(page)).toHaveValue('0');
	await expect(count(page, 'bpe')).toHaveText(/^11 tokens/);
	await expect(page.getByTestId('current-merge')).toContainText('No merges yet');

	await stepper.getByRole('button', { name: 'Step ▶' }).click();
	await expect(merges(page)).toHaveValue('1');
	await expect(page.getByTestId('current-merge')).toContainText('Merge 1: a + a → aa');
	await expect(page.getByTestId('current-merge')).toContainText('occurred 4 times');
	await expect(count(page, 'bpe')).toHaveText(/^9 tokens/);

	await stepper.focus();
	await page.keyboard.press('ArrowRight');
	await expect(merges(page)).toHaveValue('2');
	await expect(page.getByTestId('current-merge')).toContainText('aa + a → aaa');
	await expect(page).toHaveURL(/merges=2/);
	// The top pairs after 2 merges: (aaa, b) will be merged next.
	await expect(page.getByRole('row', { name: /aaa \+ b merged next/ })).toBeVisible();

	await page.reload();
	await expect(merges(page)).toHaveValue('2');
	await expect(count(page, 'bpe')).toHaveText(/^7 tokens/);
	await page.keyboard.press('ArrowLeft'); // not in the stepper: the page keeps its place
	await expect(page).toHaveURL(/\/tokenization#/);
});

test('switching GPT-4o on loads it and shows its tokens; the link remembers it', async ({
	page
}) => {
	await open(page, '/tokenization');
	await expect(page.getByTestId('panel-o200k')).toHaveCount(0);
	await page.getByRole('button', { name: 'GPT-4o (o200k_base)' }).click();
	await expect(page.getByRole('button', { name: 'GPT-4o (o200k_base)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(chips(page, 'o200k').first()).toBeVisible({ timeout: 20_000 });
	// GPT-4o reads the default sentence as 28 tokens.
	await expect(count(page, 'o200k')).toHaveText(/^28 tokens/);
	await expect(page).toHaveURL(/o200k=1/);
	await expect(page.getByTestId('counts')).toContainText('GPT-4o (o200k_base)');

	await page.reload();
	await expect(chips(page, 'o200k').first()).toBeVisible({ timeout: 20_000 });
});

test('a CJK character split across byte tokens shows as bytes, never as U+FFFD', async ({
	page
}) => {
	await open(page, '/tokenization#text=%E7%8C%AB%E7%8C%AB&r50k=1');
	// GPT-2 spends more than one token on 猫 (E7 8C AB): the pieces are written in hex.
	await expect(chips(page, 'r50k').first()).toBeVisible({ timeout: 20_000 });
	await expect(page.getByTestId('panel-r50k')).toContainText('<E7');
	// Our BPE, trained on the English guide, keeps the Chinese bytes apart.
	await expect(chips(page, 'bpe').first()).toHaveText(/^<E7>/);
	await expect(page.locator('.demo-area')).not.toContainText('\uFFFD');

	await page.getByLabel('Show every token as its bytes').check();
	await expect(chips(page, 'chars').first()).toHaveText(/^<E7 8C AB>/);
	await expect(page).toHaveURL(/bytes=1/);
});

test('the hash round-trips text, corpus, merges and the byte view', async ({ page }) => {
	await open(page, '/tokenization#text=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&corpus=zh&merges=40');
	await expect(textBox(page)).toHaveValue('人工智能');
	await expect(page.getByRole('radio', { name: 'The guide in Chinese' })).toBeChecked();
	await expect(merges(page)).toHaveValue('40');
	await expect(page.getByTestId('current-merge')).toContainText('Merge 40:');
	await page.getByText('This text', { exact: true }).click();
	await expect(page).toHaveURL(/corpus=text/);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'This text' })).toBeChecked();
	await expect(textBox(page)).toHaveValue('人工智能');
});

test('bad input: garbage hash values, empty text, emoji only', async ({ page }) => {
	await open(page, '/tokenization#merges=lots&corpus=%3Cimg%20src=x%3E&bytes=7&o200k=maybe');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('merges was unreadable');
	await expect(notice).toContainText('corpus was unreadable');
	await expect(merges(page)).toHaveValue('1000');
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	await textBox(page).fill('');
	await expect(page.getByTestId('panel-chars')).toContainText('No tokens: the text is empty.');

	await page.getByText('This text', { exact: true }).click();
	await textBox(page).fill('🙂🙂🙂');
	// F0 9F 99 82 three times: 3 merges build 🙂, a 4th joins two of them; then nothing repeats.
	await expect(page.getByTestId('stopped-early')).toContainText('training stopped after 4');
	await expect(chips(page, 'bpe')).toHaveText(['🙂🙂 259', '🙂 258']);
	await merges(page).fill('1');
	await expect(chips(page, 'bpe').first()).toHaveText('<F0 9F> 256');

	await open(page, '/tokenization#merges=99999');
	await expect(
		page.getByRole('status').filter({ hasText: 'merges was out of range' })
	).toBeVisible();
	await expect(page.getByTestId('stopped-early')).toContainText('You asked for 2,000 merges');
});

test('a megabyte of text trains in a worker with progress and cancel', async ({ page }) => {
	test.setTimeout(90_000);
	await open(page, '/tokenization#corpus=text');
	const big = Array.from(
		{ length: 50_000 },
		(_, i) => `word${i % 997} 词语${i % 31} number ${(i * 7919) % 1009}`
	).join(' ');
	expect(big.length).toBeGreaterThan(1_000_000);
	// Paste it, as a reader would (typing a megabyte through the box would take minutes).
	await textBox(page).focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.evaluate((text) => {
		const data = new DataTransfer();
		data.setData('text/plain', text);
		const paste = new ClipboardEvent('paste', {
			clipboardData: data,
			bubbles: true,
			cancelable: true
		});
		document.activeElement!.dispatchEvent(paste);
	}, big);
	await expect(
		page.getByText(`This text has ${big.length.toLocaleString('en-US')} characters`)
	).toBeVisible();
	await expect(textBox(page)).toHaveAttribute('readonly', '');
	expect((await textBox(page).inputValue()).length).toBe(10_000);
	await expect(page.getByText('show the first 10,000 characters')).toBeVisible();
	const status = page.getByTestId('training-status');
	await expect(status).toContainText('Training on');
	await expect(page.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();

	await status.getByRole('button', { name: 'Cancel' }).click();
	await expect(status).toContainText('Training was cancelled.');

	// Train again, to the end. (How long the main thread is blocked meanwhile is a speed figure:
	// it belongs to the benchmark, not to a test that would flake on a busy machine.)
	await status.getByRole('button', { name: 'Train again' }).click();
	await expect(status).toContainText(/: [1-9][\d,]* merges so far/, { timeout: 20_000 });
	await expect(merges(page)).toBeVisible({ timeout: 60_000 });
	await expect(page.getByTestId('current-merge')).toContainText('Merge 1,000:');
	// The link carries only the first 2,000 characters.
	await expect(page).toHaveURL(/#text=word0/);
	const linked = decodeURIComponent(page.url().split('text=')[1].split('&')[0]);
	expect(linked).toBe(big.slice(0, 2000));

	// Back to an editable box: the text shrinks to what it showed.
	await page.getByRole('button', { name: 'Edit the first 10,000 characters instead' }).click();
	await expect(textBox(page)).not.toHaveAttribute('readonly');
	await expect(page.getByText('This text has')).toHaveCount(0);
});

test('the embed shows the same demo', async ({ page }) => {
	await open(page, '/embed/tokenization#text=low%20lower%20lowest&corpus=text&merges=2');
	await expect(count(page, 'words')).toHaveText(/^3 tokens/);
	await expect(merges(page)).toHaveValue('2');
});
