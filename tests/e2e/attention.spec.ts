import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';
import { axeFailures, COLOUR_RULES } from './page-checks';

/** The options of Choice are visually hidden radios inside their labels: click the label. */
const choose = (page: Page, name: string | RegExp) =>
	page
		.locator('label')
		.filter({ has: page.getByRole('radio', { name }) })
		.click();
const heatmap = (page: Page) => page.getByRole('group', { name: /^Attention weights of the/ });
/** Every cell's accessible text, row by row: "cat (2) → The (1): weight 0.10". */
const cells = (page: Page) =>
	heatmap(page)
		.locator('g.cell')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));

test('the default sentence, its heatmap, and editing the sentence redraws it; reload restores', async ({
	page
}) => {
	await open(page, '/attention');
	await expect(page.getByLabel('Sentence')).toHaveValue('The cat chased the mouse');
	await expect(heatmap(page).locator('g.cell')).toHaveCount(25);
	const before = await cells(page);
	// Similar words: a word attends most to itself and its repeats.
	expect(before).toContain('The (1) → the (4): weight 0.33');

	await page.getByLabel('Sentence').fill('The dog chased the cat');
	await expect(page).toHaveURL(/text=The%20dog%20chased%20the%20cat/);
	await expect.poll(() => cells(page)).not.toEqual(before);
	expect((await cells(page)).some((c) => c?.startsWith('dog (2) → '))).toBe(true);

	await page.reload();
	await expect(page.getByLabel('Sentence')).toHaveValue('The dog chased the cat');
	await expect(heatmap(page).getByRole('button', { name: /^dog \(2\) → cat \(5\)/ })).toBeVisible();
});

test('switching heads changes the heatmap: the previous-token head looks one back', async ({
	page
}) => {
	await open(page, '/attention');
	await expect(heatmap(page).locator('g.cell')).toHaveCount(25);
	const similar = await cells(page);
	await choose(page, 'Previous token');
	await expect(page).toHaveURL(/head=previous/);
	await expect(page.getByRole('group', { name: /“Previous token” head/ })).toBeVisible();
	const previous = await cells(page);
	expect(previous).not.toEqual(similar);
	for (const [q, k] of [
		['cat (2)', 'The (1)'],
		['chased (3)', 'cat (2)'],
		['mouse (5)', 'the (4)']
	]) {
		const label = previous.find((c) => c?.startsWith(`${q} → ${k}:`))!;
		expect(Number(label.split('weight ')[1])).toBeGreaterThan(0.9);
	}
	await choose(page, 'First token');
	await expect(page).toHaveURL(/head=first/);
	await expect.poll(() => cells(page)).not.toEqual(previous);
});

test('64 tokens (4,096 cells, the most drawn as SVG): a head switch relabels every cell', async ({
	page
}) => {
	const words = 'The cat chased the mouse and the dog chased the cat .'.split(' ');
	const text = Array.from({ length: 64 }, (_, i) => words[i % words.length]).join(' ');
	await open(page, `/attention#text=${encodeURIComponent(text)}`);
	await expect(heatmap(page).locator('g.cell')).toHaveCount(4096);
	const similar = await cells(page);
	await choose(page, 'Previous token');
	await expect(page.getByRole('group', { name: /“Previous token” head/ })).toBeVisible();
	// The texts of this many cells are written when the page is next idle, after the redraw.
	const lookBack = (labels: (string | null)[]) =>
		Number(labels.find((c) => c?.startsWith('cat (2) → The (1):'))?.split('weight ')[1]);
	expect(lookBack(similar)).toBeLessThan(0.9);
	await expect.poll(async () => lookBack(await cells(page))).toBeGreaterThan(0.9);
	// The cell in the tab order says the same as its place in the grid.
	const all = await cells(page);
	const focusable = heatmap(page).locator('g.cell[tabindex="0"]');
	const [row, col] = (await focusable.getAttribute('data-cell'))!.split('-').map(Number);
	await expect(focusable).toHaveAttribute('aria-label', all[row * 64 + col]!);
});

test('the causal mask hides the future; the head view follows the picked token', async ({
	page
}) => {
	await open(page, '/attention#head=previous');
	await choose(page, /Causal/);
	await expect(page).toHaveURL(/mask=causal/);
	await expect(
		heatmap(page).getByRole('button', { name: 'cat (2) → chased (3): masked (weight 0)' })
	).toBeVisible();

	const arcs = page.getByRole('figure', { name: /Where “mouse \(5\)” looks/ });
	await expect(arcs).toBeVisible();
	await page.getByRole('button', { name: 'cat (position 2)' }).click();
	await expect(page).toHaveURL(/q=1/);
	await expect(page.getByRole('figure', { name: /Where “cat \(2\)” looks/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /The output for “cat \(2\)”/ })).toBeVisible();
	// The previous-token head at "cat" blends the value of "The": the output is nearly its vector.
	await expect(page.getByTestId('nearest')).toContainText('the (1.00)');
});

test('cells can be read and selected from the keyboard', async ({ page }) => {
	await open(page, '/attention');
	const first = heatmap(page).getByRole('button', { name: /^The \(1\) → The \(1\)/ });
	await first.focus();
	await expect(page.getByTestId('heatmap-readout').first()).toHaveText(/^The \(1\) → The \(1\)/);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('heatmap-readout').first()).toHaveText(/^cat \(2\) → cat \(2\)/);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/q=1/);
});

test('empty, foreign and very long sentences get a message, not a blank', async ({ page }) => {
	await open(page, '/attention');
	await page.getByLabel('Sentence').fill('');
	await expect(page.getByText('The sentence is empty')).toBeVisible();
	await expect(heatmap(page)).toHaveCount(0);

	await page.getByLabel('Sentence').fill('猫追老鼠 🙂, ok?');
	await expect(page.getByText(/No word vector.*: 🙂 , ok \?/)).toBeVisible();
	await expect(heatmap(page).locator('g.cell')).toHaveCount(49);

	await page.getByLabel('Sentence').fill('word '.repeat(2000));
	await expect(
		page.getByText(/Your text has 2,000 tokens; this view shows the first 256/)
	).toBeVisible();
	const picture = page.getByRole('application', { name: /^Attention weights of the/ });
	await picture.scrollIntoViewIfNeeded();
	const box = (await picture.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.5 + 1, box.y + box.height * 0.25 + 1);
	await expect(page.getByTestId('heatmap-readout').first()).toHaveText(
		/^word \(65\) → word \(129\)/
	);
});

test('the Chinese page starts from the Chinese example', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('llmp.lang', 'zh'));
	await open(page, '/attention');
	await expect(page.getByLabel('句子')).toHaveValue('猫追老鼠');
	await expect(page.getByRole('group', { name: /注意力权重/ }).locator('g.cell')).toHaveCount(9);
});

test('garbage in the hash is ignored or clamped, with a notice', async ({ page }) => {
	await open(page, '/attention#head=%3Cscript%3E&q=999&mask=1&h=-3');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('head was unreadable');
	await expect(notice).toContainText('q was out of range');
	await expect(notice).toContainText('mask was unreadable');
	await expect(page.getByRole('radio', { name: 'Similar words' })).toBeChecked();
	// q = 255 is clamped again to the last token.
	await expect(page.getByRole('heading', { name: /The output for “mouse \(5\)”/ })).toBeVisible();
});

test('the attention demos have no serious or critical axe violations, light and dark', async ({
	page
}) => {
	test.setTimeout(300_000);
	const failures: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const [path, ready] of [
			['/attention#mask=causal', 'g.cell'],
			[`/attention#text=${encodeURIComponent('word '.repeat(100))}`, '[role="application"]'],
			['/attention-scores#step=5&mask=causal', '[data-testid="matrix-output"] g.cell'],
			['/multi-head-attention#h=8', '[data-testid="multiples"] g.cell']
		]) {
			// A hash-only change would not reload the page: start each one afresh.
			await page.goto('about:blank');
			await open(page, path);
			await page.locator(ready).first().waitFor();
			const rules = scheme === 'dark' ? COLOUR_RULES : undefined;
			for (const failure of await axeFailures(page, { include: '.demo-area', rules })) {
				failures.push(`${scheme} ${path.slice(0, 40)}: ${failure}`);
			}
		}
	}
	expect(failures).toEqual([]);
});
