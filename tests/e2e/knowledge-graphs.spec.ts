import { expect, hashSettled, open, test } from './fixtures';

test('filters, search, path and claim change the drawing and the hash; a reload restores them', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/knowledge-graphs');
	// The layout runs in a worker after hydration; the page marks itself drawn once it is there.
	const laidOut = async () => {
		await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
		await expect(page.getByText('Laying out the graph…')).toHaveCount(0);
	};
	await laidOut();
	expect(workers.some((url) => url.includes('layout.worker'))).toBe(true);
	const edges = page.locator('.graph-scroll line');
	const all = await edges.count();
	expect(all).toBeGreaterThan(60);

	// A relation switched off leaves the drawing and the path.
	await page.getByRole('checkbox', { name: 'uses' }).uncheck();
	await expect(page).toHaveURL(/uses=0/);
	expect(await edges.count()).toBeLessThan(all);
	await expect(page.getByTestId('path')).toContainText(
		'No chain of the facts drawn joins BPE and dot product'
	);

	// Search: a match is highlighted; emoji or a name the graph never saw gets a message.
	const search = page.getByRole('searchbox', { name: 'Search entities' });
	await search.fill('BERT');
	await expect(page.locator('.node.match')).toHaveCount(1);
	await search.fill('🦄🦄');
	await expect(page.getByTestId('search')).toContainText('No entity’s name contains “🦄🦄”');
	await search.fill('过拟合');
	await expect(page.locator('.node.match')).toHaveCount(1);

	// Claims: a swapped fact is contradicted, an unseen entity is unknown with a message.
	const verdict = page.getByTestId('verdict');
	await expect(verdict).toContainText('Contradicted');
	await expect(verdict).toContainText('QLoRA extends LoRA. (question 4)');
	await page.getByRole('button', { name: 'A stated fact' }).click();
	await expect(verdict).toContainText('Supported');
	const claim = page.getByRole('textbox', { name: 'Claim' });
	await claim.fill('The moon is made of green cheese.');
	await expect(verdict).toContainText('the graph has never seen anything this claim names');
	await claim.fill('GPT-3 improves on GPT-4');
	await expect(verdict).toContainText('Contradicted');
	await expect(page).toHaveURL(/claim=GPT-3/);

	await hashSettled(page);
	await page.reload();
	await laidOut();
	await expect(page.getByRole('checkbox', { name: 'uses' })).not.toBeChecked();
	expect(await edges.count()).toBeGreaterThan(0);
	expect(await edges.count()).toBeLessThan(all);
	await expect(search).toHaveValue('过拟合');
	await expect(claim).toHaveValue('GPT-3 improves on GPT-4');
	await expect(verdict).toContainText('GPT-4 improves on GPT-3. (question 20)');
});

test('the n-gram model writes a claim, and the checker reads it', async ({ page }) => {
	await open(page, '/knowledge-graphs#seed=3');
	await page.getByRole('button', { name: 'A sentence from the guide’s n-gram model' }).click();
	const claim = page.getByRole('textbox', { name: 'Claim' });
	await expect(claim).not.toHaveValue('QLoRA extends BERT.');
	await expect(page.getByTestId('verdict')).toContainText(/Supported|Contradicted|Unknown/);
	await expect(page).toHaveURL(/seed=4/);
});
