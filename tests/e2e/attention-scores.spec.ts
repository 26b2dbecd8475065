// /attention-scores: the stepper through every stage (buttons, keys, play), a QKᵀ cell's dot
// product term by term, an edited query, the causal mask, long text and bad hash values, all on
// one load of the question page (each state set by the hash or the controls, reloads where a
// reload restores the state); then the same steps with the tiny GPT's own queries and keys.
// Axe on the default state, focus rings and hide=/lock= are every-page.spec.ts's; axe on the
// causal mask, attention.spec.ts's.
import type { Page } from '@playwright/test';
import { choose, expect, open, setHash, test } from './fixtures';
import { axeFailures } from './page-checks';

const softly = expect.configure({ soft: true });

const stages = ['qkv', 'scores', 'scale', 'mask', 'softmax', 'output'];
const formula = (page: Page) => page.getByTestId('formula');
const matrixCells = (page: Page, id: string) =>
	page
		.getByTestId(`matrix-${id}`)
		.locator('g.cell')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));

test('the question page: the stepper, a QKᵀ cell, an edited query, the mask, long text, bad hashes', async ({
	page
}) => {
	// Six behaviours and two reloads on one load: 20 to 35 s here under load.
	test.setTimeout(150_000);
	await open(page, '/attention-scores');
	// The attention demo's vectors take a while on a busy machine.
	await page.locator('[data-demo-ready]').waitFor({ timeout: 20_000 });

	await test.step('the stepper walks every stage, drawing each matrix and highlighting its term; reload restores it', async () => {
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'qkv');
		await expect.soft(page.getByTestId('matrix-q').locator('g.cell')).toHaveCount(20);
		await expect.soft(page.getByTestId('matrix-scores')).toHaveCount(0);
		const step = page.getByRole('button', { name: 'Step ▶' });
		for (let i = 1; i < stages.length; i++) {
			await step.click();
			await expect.soft(formula(page)).toHaveAttribute('data-stage', stages[i]);
			await expect.soft(page.getByTestId(`matrix-${stages[i]}`)).toBeVisible();
			await expect.soft(page.getByTestId(`matrix-${stages[i]}`)).toHaveClass(/current/);
			await expect.soft(formula(page).locator('.term.on').first()).toBeVisible();
		}
		await expect.soft(step).toBeDisabled();
		await expect.soft(page).toHaveURL(/step=5/);
		await expect.soft(page.getByTestId('stepper-count')).toHaveText('step 5 / 5');

		await page.reload();
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'output');
		await expect.soft(page.getByTestId('matrix-output').locator('g.cell')).toHaveCount(20);
	});

	await test.step('the stepper works from the keyboard and plays to the end', async () => {
		await setHash(page, '');
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'qkv');
		const stepper = page.getByRole('group', { name: 'Attention steps' });
		await stepper.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'scale');
		await page.keyboard.press('Home');
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'qkv');
		await page.keyboard.press('p');
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'output', { timeout: 15_000 });
	});

	await test.step('a selected cell of QKᵀ shows its dot product term by term, and the terms add up', async () => {
		await setHash(page, 'step=1');
		await page
			.getByTestId('matrix-scores')
			.getByRole('button', { name: /^QKᵀ row chased \(3\) column cat \(2\)/ })
			.click();
		await expect.soft(page).toHaveURL(/#q=2&step=1&k=1$/);
		const dot = page.getByTestId('dot-product');
		await expect.soft(dot).toContainText('(chased (3), cat (2))');
		// "= p₁ + p₂ + p₃ + p₄ = total": the products add up to the cell's score.
		const sum = (await page.getByTestId('dot-sum').textContent())!;
		const [products, total] = sum
			.replace(/^=\s*/, '')
			.split('=')
			.map((part) => part.split('+').map((x) => Number(x.trim().replace(/[()]/g, ''))));
		expect.soft(products).toHaveLength(4);
		expect.soft(products.reduce((a, b) => a + b, 0)).toBeCloseTo(total[0], 1);
		const label = (await matrixCells(page, 'scores')).find((c) =>
			c?.startsWith('QKᵀ row chased (3) column cat (2)')
		);
		expect.soft(Number(label?.split(': ')[1])).toBeCloseTo(total[0], 1);
	});

	await test.step('editing a query changes the scores and the hash; reset restores them', async () => {
		await setHash(page, 'step=1');
		await expect.soft(page.getByTestId('matrix-scores').locator('g.cell')).toHaveCount(25);
		const before = await matrixCells(page, 'scores');
		const box = page.getByRole('spinbutton', { name: /^Query of “mouse \(5\)”, component 1/ });
		await box.fill('9');
		await expect.soft(page).toHaveURL(/eq=/);
		await softly.poll(() => matrixCells(page, 'scores')).not.toEqual(before);
		await expect.soft(page.getByText('Q or K edited by you.')).toBeVisible();
		await page.reload();
		await expect.soft(box).toHaveValue('9');
		await page.getByRole('button', { name: 'Reset Q and K' }).click();
		await softly.poll(() => matrixCells(page, 'scores')).toEqual(before);
	});

	await test.step('the causal mask shows −∞ and zero weights above the diagonal', async () => {
		await setHash(page, 'step=4&mask=causal');
		await expect.soft(page.getByTestId('matrix-softmax').locator('g.cell')).toHaveCount(25);
		await softly
			.poll(() => matrixCells(page, 'mask'))
			.toContain('QKᵀ / √dₖ + M row The (1) column cat (2): −∞');
		const weights = await matrixCells(page, 'softmax');
		expect
			.soft(weights.find((c) => c?.startsWith('softmax row The (1) column The (1)')))
			.toMatch(/: 1\.00$/);
	});

	await test.step('long text is cut to 8 tokens with a notice; garbage steps are clamped', async () => {
		await setHash(page, 'step=99&sh=nope');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('step was out of range');
		await expect.soft(notice).toContainText('sh was unreadable');
		await expect.soft(formula(page)).toHaveAttribute('data-stage', 'output');
		await page.getByLabel('Sentence').fill('one two three four five six seven eight nine ten');
		await expect
			.soft(page.getByText(/has 10 tokens; the step-by-step view uses the first 8/))
			.toBeVisible();
		await expect.soft(page.getByTestId('matrix-scores').locator('g.cell')).toHaveCount(64);
	});
});

/** A dot product's line "= p₁ + p₂ + … = total", read as numbers. */
async function dotSum(page: Page) {
	const sum = (await page.getByTestId('dot-sum').textContent())!;
	const [products, total] = sum
		.replace(/^=\s*/, '')
		.split('=')
		.map((part) => part.split('+').map((x) => Number(x.trim().replace(/[()]/g, ''))));
	return { products, total: total[0] };
}

test('the tiny GPT’s own steps: its q·k, scaled, masked and softmax, by layer and head; a reload restores', async ({
	page
}) => {
	test.setTimeout(150_000);
	await open(page, '/attention-scores');
	await page.locator('[data-demo-ready]').waitFor({ timeout: 20_000 });
	await expect.soft(page.getByText(/the tiny GPT’s own queries and keys/)).toBeVisible();
	await choose(page, 'Learned by the tiny GPT');
	await expect.soft(page).toHaveURL(/src=gpt/);
	// The worker decodes the checkpoint and runs the model first.
	await expect(page.getByTestId('stage-about')).toContainText('tiny GPT’s own, layer 1, head 1', {
		timeout: 60_000
	});
	const hint = page.getByText(/^\d+ tokens of the tiny GPT’s byte-level BPE$/);
	const total = Number((await hint.textContent())!.split(' ')[0]);
	// The steps show the first 8 of the model's tokens, and say so when there are more.
	const n = Math.min(total, 8);
	expect.soft(n).toBeGreaterThan(1);
	if (total > 8)
		await expect
			.soft(
				page.getByText(`Your text is ${total} tokens for the tiny GPT; the steps show its first 8`)
			)
			.toBeVisible();
	// d_k = 64 / 4 = 16 columns for each token's query.
	await expect.soft(page.getByTestId('matrix-q').locator('g.cell')).toHaveCount(n * 16);

	await setHash(page, 'src=gpt&step=1&q=1&k=0');
	await expect.soft(page.getByTestId('matrix-scores').locator('g.cell')).toHaveCount(n * n);
	const first = await dotSum(page);
	expect.soft(first.products).toHaveLength(16);
	expect.soft(first.products.reduce((a, b) => a + b, 0)).toBeCloseTo(first.total, 1);

	await choose(page, '2', { group: 'Layer', exact: true });
	await choose(page, '3', { group: 'Head', exact: true });
	await expect.soft(page).toHaveURL(/layer=2/);
	await expect.soft(page).toHaveURL(/gh=3/);
	await softly.poll(() => dotSum(page)).not.toEqual(first);
	const chosen = await dotSum(page);

	await page.getByRole('button', { name: 'Step ▶' }).click();
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect.soft(page.getByTestId('formula')).toHaveAttribute('data-stage', 'softmax');
	// Causal: the first token sees only itself, the second is hidden from it.
	const first2 = (await matrixCells(page, 'mask')).find(
		(c) => c?.includes('row') && c.includes('(1) column') && c.includes('(2): ')
	);
	expect.soft(first2).toMatch(/: −∞$/);
	const softmax = await matrixCells(page, 'softmax');
	expect.soft(softmax.filter((c) => /\(1\) column .*\(1\): 1\.00$/.test(c ?? ''))).toHaveLength(1);

	await expect.soft(page).toHaveURL(/step=4/);
	await page.reload();
	await expect
		.soft(page.getByTestId('matrix-softmax').locator('g.cell'))
		.toHaveCount(n * n, { timeout: 60_000 });
	await setHash(page, 'src=gpt&layer=2&gh=3&step=1&q=1&k=0');
	await softly.poll(() => dotSum(page)).toEqual(chosen);
	expect.soft(await axeFailures(page, { include: '.demo-area' })).toEqual([]);
});
