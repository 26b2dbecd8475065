// /attention: the heatmap of the default and an edited sentence, the heads, 64 tokens, the causal
// mask and the head view, the keyboard, bad sentences and bad hash values, the Chinese example and
// axe on the causal mask and on 100 tokens, on one load of the question page (a reload aside;
// each state set by the hash or the controls); then axe on the other
// attention demos' busiest states. Axe on the default states, focus rings and hide=/lock= are
// every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { choose, expect, open, setHash, test } from './fixtures';
import { axeFailures, COLOUR_RULES } from './page-checks';

const softly = expect.configure({ soft: true });

const heatmap = (page: Page) => page.getByRole('group', { name: /^Attention weights of the/ });
/** Every cell's accessible text, row by row: "cat (2) → The (1): weight 0.10". */
const cells = (page: Page) =>
	heatmap(page)
		.locator('g.cell')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));

/** Serious and critical violations in the demo area, light theme then the colour rules dark. */
async function axeBothThemes(page: Page, where: string) {
	const failures: string[] = [];
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.evaluate(() => new Promise(requestAnimationFrame));
		const rules = scheme === 'dark' ? COLOUR_RULES : undefined;
		for (const failure of await axeFailures(page, { include: '.demo-area', rules })) {
			failures.push(`${scheme} ${where}: ${failure}`);
		}
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return failures;
}

test('the question page: sentences, heads, 64 tokens, the mask, the keyboard, bad input, Chinese, axe', async ({
	page
}) => {
	// Ten behaviours, one reload and four axe scans on one load: 40 to 60 s here under load.
	test.setTimeout(180_000);
	await open(page, '/attention');

	await test.step('the default sentence, its heatmap, and editing the sentence redraws it; reload restores', async () => {
		await expect.soft(page.getByLabel('Sentence')).toHaveValue('The cat chased the mouse');
		await expect.soft(heatmap(page).locator('g.cell')).toHaveCount(25);
		const before = await cells(page);
		// Similar words: a word attends most to itself and its repeats.
		expect.soft(before).toContain('The (1) → the (4): weight 0.33');

		await page.getByLabel('Sentence').fill('The dog chased the cat');
		await expect.soft(page).toHaveURL(/text=The%20dog%20chased%20the%20cat/);
		await softly.poll(() => cells(page)).not.toEqual(before);
		expect.soft((await cells(page)).some((c) => c?.startsWith('dog (2) → '))).toBe(true);

		await page.reload();
		await expect.soft(page.getByLabel('Sentence')).toHaveValue('The dog chased the cat');
		await expect
			.soft(heatmap(page).getByRole('button', { name: /^dog \(2\) → cat \(5\)/ }))
			.toBeVisible();
	});

	await test.step('switching heads changes the heatmap: the previous-token head looks one back', async () => {
		await setHash(page, '');
		await expect.soft(page.getByLabel('Sentence')).toHaveValue('The cat chased the mouse');
		await expect.soft(heatmap(page).locator('g.cell')).toHaveCount(25);
		const similar = await cells(page);
		await choose(page, 'Previous token');
		await expect.soft(page).toHaveURL(/head=previous/);
		await expect.soft(page.getByRole('group', { name: /“Previous token” head/ })).toBeVisible();
		for (const [q, k] of [
			['cat (2)', 'The (1)'],
			['chased (3)', 'cat (2)'],
			['mouse (5)', 'the (4)']
		]) {
			const weight = async () =>
				Number((await cells(page)).find((c) => c?.startsWith(`${q} → ${k}:`))?.split('weight ')[1]);
			await softly.poll(weight, { message: `${q} → ${k}` }).toBeGreaterThan(0.9);
		}
		const previous = await cells(page);
		expect.soft(previous).not.toEqual(similar);
		await choose(page, 'First token');
		await expect.soft(page).toHaveURL(/head=first/);
		await softly.poll(() => cells(page)).not.toEqual(previous);
	});

	await test.step('64 tokens (4,096 cells, the most drawn as SVG): a head switch relabels every cell', async () => {
		const words = 'The cat chased the mouse and the dog chased the cat .'.split(' ');
		const text = Array.from({ length: 64 }, (_, i) => words[i % words.length]).join(' ');
		// Grown from 9 tokens on this load: the texts of a grid past 1,024 cells are written when
		// the page is idle (headless Chromium once never gave that idle period: whenIdle's deadline).
		await setHash(page, `text=${encodeURIComponent(text)}`);
		await expect.soft(heatmap(page).locator('g.cell')).toHaveCount(4096);
		// The texts of this many cells are written when the page is next idle, after the redraw.
		const lookBack = (labels: (string | null)[]) =>
			Number(labels.find((c) => c?.startsWith('cat (2) → The (1):'))?.split('weight ')[1]);
		await softly.poll(async () => lookBack(await cells(page))).toBeLessThan(0.9);
		await choose(page, 'Previous token');
		await expect.soft(page.getByRole('group', { name: /“Previous token” head/ })).toBeVisible();
		await softly.poll(async () => lookBack(await cells(page))).toBeGreaterThan(0.9);
		// The cell in the tab order says the same as its place in the grid.
		const all = await cells(page);
		const focusable = heatmap(page).locator('g.cell[tabindex="0"]');
		const [row, col] = (await focusable.getAttribute('data-cell'))!.split('-').map(Number);
		await expect.soft(focusable).toHaveAttribute('aria-label', all[row * 64 + col]!);
	});

	await test.step('the causal mask hides the future; the head view follows the picked token', async () => {
		await setHash(page, 'head=previous');
		await choose(page, /Causal/);
		await expect.soft(page).toHaveURL(/mask=causal/);
		await expect
			.soft(heatmap(page).getByRole('button', { name: 'cat (2) → chased (3): masked (weight 0)' }))
			.toBeVisible();

		const arcs = page.getByRole('figure', { name: /Where “mouse \(5\)” looks/ });
		await expect.soft(arcs).toBeVisible();
		await page.getByRole('button', { name: 'cat (position 2)' }).click();
		await expect.soft(page).toHaveURL(/q=1/);
		await expect.soft(page.getByRole('figure', { name: /Where “cat \(2\)” looks/ })).toBeVisible();
		await expect
			.soft(page.getByRole('heading', { name: /The output for “cat \(2\)”/ }))
			.toBeVisible();
		// The previous-token head at "cat" blends the value of "The": the output is nearly its vector.
		await expect.soft(page.getByTestId('nearest')).toContainText('the (1.00)');
	});

	await test.step('cells can be read and selected from the keyboard', async () => {
		await setHash(page, '');
		const first = heatmap(page).getByRole('button', { name: /^The \(1\) → The \(1\)/ });
		await first.focus();
		const readout = page.getByTestId('heatmap-readout').first();
		await expect.soft(readout).toHaveText(/^The \(1\) → The \(1\)/);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		await expect.soft(readout).toHaveText(/^cat \(2\) → cat \(2\)/);
		await page.keyboard.press('Enter');
		await expect.soft(page).toHaveURL(/q=1/);
	});

	await test.step('empty, foreign and very long sentences get a message, not a blank', async () => {
		await setHash(page, '');
		await page.getByLabel('Sentence').fill('');
		await expect.soft(page.getByText('The sentence is empty')).toBeVisible();
		await expect.soft(heatmap(page)).toHaveCount(0);

		await page.getByLabel('Sentence').fill('猫追老鼠 🙂, ok?');
		await expect.soft(page.getByText(/No word vector.*: 🙂 , ok \?/)).toBeVisible();
		await expect.soft(heatmap(page).locator('g.cell')).toHaveCount(49);

		await page.getByLabel('Sentence').fill('word '.repeat(2000));
		await expect
			.soft(page.getByText(/Your text has 2,000 tokens; this view shows the first 256/))
			.toBeVisible();
		const picture = page.getByRole('application', { name: /^Attention weights of the/ });
		await picture.scrollIntoViewIfNeeded();
		const box = (await picture.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.5 + 1, box.y + box.height * 0.25 + 1);
		await expect
			.soft(page.getByTestId('heatmap-readout').first())
			.toHaveText(/^word \(65\) → word \(129\)/);
	});

	await test.step('garbage in the hash is ignored or clamped, with a notice', async () => {
		await setHash(page, 'head=%3Cscript%3E&q=999&mask=1&h=-3');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('head was unreadable');
		await expect.soft(notice).toContainText('q was out of range');
		await expect.soft(notice).toContainText('mask was unreadable');
		await expect.soft(page.getByRole('radio', { name: 'Similar words' })).toBeChecked();
		// q = 255 is clamped again to the last token.
		await expect
			.soft(page.getByRole('heading', { name: /The output for “mouse \(5\)”/ }))
			.toBeVisible();
	});

	await test.step('no serious or critical axe violations on the causal mask and on 100 tokens, light and dark', async () => {
		await setHash(page, 'mask=causal');
		await expect(
			heatmap(page)
				.getByRole('button', { name: /masked \(weight 0\)/ })
				.first()
		).toBeAttached();
		const failures = await axeBothThemes(page, '/attention#mask=causal');
		await setHash(page, `text=${encodeURIComponent('word '.repeat(100))}`);
		await expect(
			page.getByRole('application', { name: /^Attention weights of the/ })
		).toBeVisible();
		failures.push(...(await axeBothThemes(page, '/attention, 100 words')));
		expect.soft(failures).toEqual([]);
	});

	await test.step('the Chinese page starts from the Chinese example', async () => {
		await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
		await setHash(page, '');
		await expect.soft(page.getByLabel('句子')).toHaveValue('猫追老鼠');
		await expect
			.soft(page.getByRole('group', { name: /注意力权重/ }).locator('g.cell'))
			.toHaveCount(9);
	});
});

test('the tiny GPT’s heads: a typed sentence, its layer and head in the hash, a reload restores', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/attention');
	await choose(page, 'Learned by the tiny GPT');
	await expect.soft(page).toHaveURL(/src=gpt/);
	await page.getByLabel('Sentence').fill('The model reads the guide');
	// The hint counts the sentence in the model's own BPE once the worker has read it.
	const hint = page.getByText(/^\d+ tokens of the tiny GPT’s byte-level BPE$/);
	await expect(hint).toBeVisible({ timeout: 30_000 });
	const n = Number((await hint.textContent())!.split(' ')[0]);
	const gptMap = (layer: number, head: number) =>
		page.getByRole('group', {
			name: `Attention weights of the “layer ${layer}, head ${head}” head: rows are queries, columns keys`
		});
	await expect.soft(gptMap(1, 1).locator('g.cell')).toHaveCount(n * n);
	// Causal: the first token can only look at itself, and never at the second.
	await expect
		.soft(gptMap(1, 1).getByRole('button', { name: /\(1\) → .*\(1\): weight 1\.00$/ }))
		.toBeVisible();
	await expect
		.soft(gptMap(1, 1).getByRole('button', { name: /\(1\) → .*\(2\): masked/ }))
		.toBeVisible();
	await expect.soft(page.getByTestId('gpt-about')).toContainText('not GPT-4’s heads');
	const first = await cells(page);

	await choose(page, '3', { group: 'Head', exact: true });
	await expect.soft(page).toHaveURL(/gh=3/);
	await expect.soft(gptMap(1, 3)).toBeVisible();
	const third = await cells(page);
	expect.soft(third).not.toEqual(first);
	await choose(page, '2', { group: 'Layer', exact: true });
	await expect.soft(page).toHaveURL(/layer=2/);
	await expect.soft(gptMap(2, 3)).toBeVisible();
	const layer2 = await cells(page);
	expect.soft(layer2).not.toEqual(third);

	await page.reload();
	await expect.soft(page.getByLabel('Sentence')).toHaveValue('The model reads the guide');
	await expect.soft(gptMap(2, 3).locator('g.cell')).toHaveCount(n * n, { timeout: 30_000 });
	await softly.poll(() => cells(page)).toEqual(layer2);
	expect.soft(await axeBothThemes(page, '/attention#src=gpt')).toEqual([]);
});

test('the other attention demos have no serious or critical axe violations, light and dark', async ({
	page
}) => {
	test.setTimeout(120_000);
	const failures: string[] = [];
	for (const [path, ready] of [
		['/attention-scores#step=5&mask=causal', '[data-testid="matrix-output"] g.cell'],
		['/multi-head-attention#h=8', '[data-testid="multiples"] g.cell']
	]) {
		await open(page, path);
		await page.locator(ready).first().waitFor();
		failures.push(...(await axeBothThemes(page, path)));
	}
	expect(failures).toEqual([]);
});
