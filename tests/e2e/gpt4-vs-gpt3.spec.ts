import { choose, expect, hashSettled, open, test } from './fixtures';

test('published facts with sources, GPT-4’s size not published; the guide against each window, per language', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (request) => scripts.push(request.url()));
	await open(page, '/gpt4-vs-gpt3');
	const facts = page.getByTestId('gv-facts');
	await expect(facts.locator('tr[data-row="parameters"] td').nth(1)).toHaveText(
		/^not published\[\d+\]$/
	);
	await expect(facts.locator('tr[data-row="windows"] td').first()).toContainText('2,048 tokens');
	await expect(facts.locator('tr[data-row="windows"] td').nth(1)).toContainText('32,768 tokens');

	// The tokenizers load only when asked for.
	const bars = page.getByTestId('gv-bar');
	await expect(bars).toHaveCount(0);
	expect(scripts.filter((url) => /cl100k|r50k/.test(url))).toEqual([]);
	await page.getByRole('checkbox', { name: /^Tokenize the guide/ }).check();
	await expect(page).toHaveURL(/tokenize=1/);
	await expect(bars).toHaveCount(4);
	await expect(bars.first()).toHaveText(
		/The whole guide is ([\d,]+) tokens in r50k_base, \d+% of the 2,048-token window of GPT-3\.\s+It does not fit/
	);
	const english = Number(
		(await bars.first().textContent())!.match(/is ([\d,]+) tokens/)![1].replace(/,/g, '')
	);

	await choose(page, 'The guide in Chinese');
	await expect(page).toHaveURL(/guide=zh/);
	await hashSettled(page);
	await page.reload();
	await expect(page.getByRole('radio', { name: 'The guide in Chinese' })).toBeChecked();
	const chinese = Number(
		(await bars.first().textContent())!.match(/is ([\d,]+) tokens/)![1].replace(/,/g, '')
	);
	// GPT-2's byte-level BPE spends several tokens on most Chinese characters.
	expect(chinese).toBeGreaterThan(english);
	await expect(bars.nth(1)).toContainText('tokens in cl100k_base');
});
