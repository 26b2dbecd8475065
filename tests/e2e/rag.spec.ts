import { choose, expect, hashSettled, open, test } from './fixtures';

test('a query retrieves chunks into the prompt, the method changes them, bad input gets a message; a reload restores it', async ({
	page
}) => {
	test.setTimeout(60_000);
	await open(page, '/rag');
	const results = page.getByTestId('rag-results');
	const prompt = page.getByTestId('rag-prompt');
	await expect(results.locator('li')).toHaveCount(3);
	await expect(results.locator('li').first()).toContainText('answer 36');
	await expect(results.locator('mark').first()).toBeVisible();
	await expect(prompt).toContainText('[3] Source');
	await expect(prompt).toContainText('Question: How are documents ranked by relevance?');

	// A Chinese query finds Chinese chunks.
	const query = page.getByLabel('Your question');
	await query.fill('检索增强生成');
	await expect(page).toHaveURL(/q=/);
	await expect(results.locator('li').first()).toContainText('Chinese');
	await choose(page, 'BM25 (shared words)');
	await expect(page).toHaveURL(/method=bm25/);
	for (const item of await results.locator('li').all()) await expect(item).toContainText('Chinese');
	await page.getByRole('slider', { name: 'Chunks retrieved (k)' }).fill('5');
	await expect(results.locator('li')).toHaveCount(5);

	await hashSettled(page);
	await page.reload();
	await expect(query).toHaveValue('检索增强生成');
	await expect(results.locator('li')).toHaveCount(5);
	await expect(page.getByRole('radio', { name: 'BM25 (shared words)' })).toBeChecked();

	// Bad input: empty, only emoji, far too long.
	await query.fill('');
	await expect(page.getByText('Type a question to retrieve chunks.')).toBeVisible();
	await query.fill('🙂🙂 ?!');
	await expect(page.getByText('The question holds no words')).toBeVisible();
	await query.fill('attention '.repeat(1000));
	await expect(query).toHaveValue(/^attention /);
	expect((await query.inputValue()).length).toBe(500);
	await expect(results.locator('li')).toHaveCount(5);

	// The evaluation loads when scrolled near, runs off the page and fills its table.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(page.getByTestId('rag-eval').locator('tbody tr')).toHaveCount(12, {
		timeout: 20_000
	});
});
