// /tokenization: typing into every tokenizer, stepping the BPE merges, GPT-4o and GPT-2 loaded on
// demand (CJK bytes never shown as U+FFFD), the hash round trip, bad input and bad hash values,
// and a megabyte of text trained in a worker, all on one load of the question page (each state
// set by the hash or the controls, reloads where a reload restores the state); then the embed.
// Axe, focus rings and hide=/lock= are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

const count = (page: Page, panel: string) => page.getByTestId(`panel-${panel}-count`);
const chips = (page: Page, panel: string) => page.getByTestId(`panel-${panel}`).locator('li');
const textBox = (page: Page) => page.getByLabel('Text to tokenize');
const merges = (page: Page) => page.getByRole('slider', { name: 'Merges learned' });

test('the question page: typing, merges, GPT-4o and GPT-2, the hash, bad input, a megabyte', async ({
	page
}) => {
	// Seven behaviours, three reloads, two tokenizers fetched and a megabyte trained in a worker
	// on one load: 40 to 70 s here under load.
	test.setTimeout(240_000);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/tokenization');

	await test.step('typing changes the tokens of every tokenizer', async () => {
		// The guide trains in a worker, and the page is marked drawn once its BPE is drawn.
		await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
		expect.soft(await count(page, 'bpe').count()).toBe(1);
		expect.soft(workers.filter((url) => url.includes('train.worker'))).toHaveLength(1);
		await expect.soft(count(page, 'chars')).toHaveText(/^92 tokens/);
		const bpeBefore = await count(page, 'bpe').textContent();

		await textBox(page).fill('the cat sat');
		await expect.soft(count(page, 'chars')).toHaveText(/^11 tokens · 1\.00/);
		await expect.soft(count(page, 'words')).toHaveText(/^3 tokens/);
		await expect.soft(count(page, 'bpe')).not.toHaveText(bpeBefore!);
		await expect.soft(chips(page, 'words')).toHaveText([/^the \d+$/, 'cat [UNK]', 'sat [UNK]']);
		await expect.soft(page).toHaveURL(/#text=the%20cat%20sat$/);
		// The counts table follows the panels.
		await expect
			.soft(page.getByTestId('counts').getByRole('row', { name: /^Characters/ }))
			.toContainText('11');
	});

	await test.step('stepping advances the merges, by button and by key, and the link keeps the step', async () => {
		await setHash(page, 'text=aaabdaaabac&corpus=text');
		// "aaabdaaabac" trains 3 merges, then no pair occurs twice.
		await expect
			.soft(page.getByTestId('stopped-early'))
			.toContainText('You asked for 1,000 merges, but training stopped after 3');
		await expect
			.soft(chips(page, 'bpe'))
			.toHaveText(['aaab 258', 'd 100', 'aaab 258', 'a 97', 'c 99']);

		const stepper = page.getByRole('group', { name: 'Training steps, one merge each' });
		await stepper.getByRole('button', { name: 'Reset' }).click();
		await expect.soft(merges(page)).toHaveValue('0');
		await expect.soft(count(page, 'bpe')).toHaveText(/^11 tokens/);
		await expect.soft(page.getByTestId('current-merge')).toContainText('No merges yet');

		await stepper.getByRole('button', { name: 'Step ▶' }).click();
		await expect.soft(merges(page)).toHaveValue('1');
		await expect.soft(page.getByTestId('current-merge')).toContainText('Merge 1: a + a → aa');
		await expect.soft(page.getByTestId('current-merge')).toContainText('occurred 4 times');
		await expect.soft(count(page, 'bpe')).toHaveText(/^9 tokens/);

		await stepper.focus();
		await page.keyboard.press('ArrowRight');
		await expect.soft(merges(page)).toHaveValue('2');
		await expect.soft(page.getByTestId('current-merge')).toContainText('aa + a → aaa');
		await expect.soft(page).toHaveURL(/merges=2/);
		// The top pairs after 2 merges: (aaa, b) will be merged next.
		await expect.soft(page.getByRole('row', { name: /aaa \+ b merged next/ })).toBeVisible();

		await page.reload();
		await expect.soft(merges(page)).toHaveValue('2');
		await expect.soft(count(page, 'bpe')).toHaveText(/^7 tokens/);
		await page.keyboard.press('ArrowLeft'); // not in the stepper: the page keeps its place
		await expect.soft(page).toHaveURL(/\/tokenization#/);
	});

	await test.step('switching GPT-4o on loads it and shows its tokens; the link remembers it', async () => {
		await setHash(page, '');
		await expect.soft(page.getByTestId('panel-o200k')).toHaveCount(0);
		await page.getByRole('button', { name: 'GPT-4o (o200k_base)' }).click();
		await expect
			.soft(page.getByRole('button', { name: 'GPT-4o (o200k_base)' }))
			.toHaveAttribute('aria-pressed', 'true');
		await expect.soft(chips(page, 'o200k').first()).toBeVisible({ timeout: 20_000 });
		// GPT-4o reads the default sentence as 28 tokens.
		await expect.soft(count(page, 'o200k')).toHaveText(/^28 tokens/);
		await expect.soft(page).toHaveURL(/o200k=1/);
		await expect.soft(page.getByTestId('counts')).toContainText('GPT-4o (o200k_base)');

		await page.reload();
		await expect.soft(chips(page, 'o200k').first()).toBeVisible({ timeout: 20_000 });
	});

	await test.step('a CJK character split across byte tokens shows as bytes, never as U+FFFD', async () => {
		await setHash(page, 'text=%E7%8C%AB%E7%8C%AB&r50k=1');
		// GPT-2 spends more than one token on 猫 (E7 8C AB): the pieces are written in hex.
		await expect.soft(chips(page, 'r50k').first()).toBeVisible({ timeout: 20_000 });
		await expect.soft(page.getByTestId('panel-r50k')).toContainText('<E7');
		// Our BPE, trained on the English guide, keeps the Chinese bytes apart.
		await expect.soft(chips(page, 'bpe').first()).toHaveText(/^<E7>/);
		await expect.soft(page.locator('.demo-area')).not.toContainText('\uFFFD');

		await page.getByLabel('Show every token as its bytes').check();
		await expect.soft(chips(page, 'chars').first()).toHaveText(/^<E7 8C AB>/);
		await expect.soft(page).toHaveURL(/bytes=1/);
	});

	await test.step('the hash round-trips text, corpus, merges and the byte view', async () => {
		await setHash(page, 'text=%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD&corpus=zh&merges=40');
		await expect.soft(textBox(page)).toHaveValue('人工智能');
		await expect.soft(page.getByRole('radio', { name: 'The guide in Chinese' })).toBeChecked();
		await expect.soft(merges(page)).toHaveValue('40');
		await expect.soft(page.getByTestId('current-merge')).toContainText('Merge 40:');
		await page.getByText('This text', { exact: true }).click();
		await expect.soft(page).toHaveURL(/corpus=text/);
		await page.reload();
		await expect.soft(page.getByRole('radio', { name: 'This text' })).toBeChecked();
		await expect.soft(textBox(page)).toHaveValue('人工智能');
	});

	await test.step('bad input: garbage hash values, empty text, emoji only', async () => {
		await setHash(page, 'merges=lots&corpus=%3Cimg%20src=x%3E&bytes=7&o200k=maybe');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('merges was unreadable');
		await expect.soft(notice).toContainText('corpus was unreadable');
		await expect.soft(merges(page)).toHaveValue('1000');
		await expect.soft(page.locator('img[src="x"]')).toHaveCount(0);

		await textBox(page).fill('');
		await expect
			.soft(page.getByTestId('panel-chars'))
			.toContainText('No tokens: the text is empty.');

		await page.getByText('This text', { exact: true }).click();
		await textBox(page).fill('🙂🙂🙂');
		// F0 9F 99 82 three times: 3 merges build 🙂, a 4th joins two of them; then nothing repeats.
		await expect.soft(page.getByTestId('stopped-early')).toContainText('training stopped after 4');
		await expect.soft(chips(page, 'bpe')).toHaveText(['🙂🙂 259', '🙂 258']);
		await merges(page).fill('1');
		await expect.soft(chips(page, 'bpe').first()).toHaveText('<F0 9F> 256');

		await setHash(page, 'merges=99999');
		await expect
			.soft(page.getByRole('status').filter({ hasText: 'merges was out of range' }))
			.toBeVisible();
		await expect
			.soft(page.getByTestId('stopped-early'))
			.toContainText('You asked for 2,000 merges');
	});

	await test.step('a megabyte of text trains in a worker with progress and cancel', async () => {
		await setHash(page, 'corpus=text');
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
		await expect
			.soft(page.getByText(`This text has ${big.length.toLocaleString('en-US')} characters`))
			.toBeVisible();
		await expect.soft(textBox(page)).toHaveAttribute('readonly', '');
		expect.soft((await textBox(page).inputValue()).length).toBe(10_000);
		await expect.soft(page.getByText('show the first 10,000 characters')).toBeVisible();
		const status = page.getByTestId('training-status');
		await expect.soft(status).toContainText('Training on');
		await expect.soft(page.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();

		await status.getByRole('button', { name: 'Cancel' }).click();
		await expect.soft(status).toContainText('Training was cancelled.');

		// Train again, to the end. (How long the main thread is blocked meanwhile is a speed figure:
		// it belongs to the benchmark, not to a test that would flake on a busy machine.)
		await status.getByRole('button', { name: 'Train again' }).click();
		await expect.soft(status).toContainText(/: [1-9][\d,]* merges so far/, { timeout: 20_000 });
		await expect.soft(merges(page)).toBeVisible({ timeout: 60_000 });
		await expect.soft(page.getByTestId('current-merge')).toContainText('Merge 1,000:');
		// The link carries only the first 2,000 characters.
		await expect.soft(page).toHaveURL(/#text=word0/);
		const linked = decodeURIComponent(page.url().split('text=')[1].split('&')[0]);
		expect.soft(linked).toBe(big.slice(0, 2000));

		// Back to an editable box: the text shrinks to what it showed.
		await page.getByRole('button', { name: 'Edit the first 10,000 characters instead' }).click();
		await expect.soft(textBox(page)).not.toHaveAttribute('readonly');
		await expect.soft(page.getByText('This text has')).toHaveCount(0);
	});
});

test('the embed shows the same demo', async ({ page }) => {
	await open(page, '/embed/tokenization#text=low%20lower%20lowest&corpus=text&merges=2');
	await expect.soft(count(page, 'words')).toHaveText(/^3 tokens/);
	await expect.soft(merges(page)).toHaveValue('2');
});
