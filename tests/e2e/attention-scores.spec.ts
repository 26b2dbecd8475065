import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const stages = ['qkv', 'scores', 'scale', 'mask', 'softmax', 'output'];
const formula = (page: Page) => page.getByTestId('formula');
const matrixCells = (page: Page, id: string) =>
	page
		.getByTestId(`matrix-${id}`)
		.locator('g.cell')
		.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));

test('the stepper walks every stage, drawing each matrix and highlighting its term', async ({
	page
}) => {
	await open(page, '/attention-scores');
	await expect(formula(page)).toHaveAttribute('data-stage', 'qkv');
	await expect(page.getByTestId('matrix-q').locator('g.cell')).toHaveCount(20);
	await expect(page.getByTestId('matrix-scores')).toHaveCount(0);
	const step = page.getByRole('button', { name: 'Step ▶' });
	for (let i = 1; i < stages.length; i++) {
		await step.click();
		await expect(formula(page)).toHaveAttribute('data-stage', stages[i]);
		await expect(page.getByTestId(`matrix-${stages[i]}`)).toBeVisible();
		await expect(page.getByTestId(`matrix-${stages[i]}`)).toHaveClass(/current/);
		await expect(formula(page).locator('.term.on').first()).toBeVisible();
	}
	await expect(step).toBeDisabled();
	await expect(page).toHaveURL(/step=5/);
	await expect(page.getByTestId('stepper-count')).toHaveText('step 5 / 5');

	await page.reload();
	await expect(formula(page)).toHaveAttribute('data-stage', 'output');
	await expect(page.getByTestId('matrix-output').locator('g.cell')).toHaveCount(20);
});

test('the stepper works from the keyboard and plays to the end', async ({ page }) => {
	await open(page, '/attention-scores');
	const stepper = page.getByRole('group', { name: 'Attention steps' });
	await stepper.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(formula(page)).toHaveAttribute('data-stage', 'scale');
	await page.keyboard.press('Home');
	await expect(formula(page)).toHaveAttribute('data-stage', 'qkv');
	await page.keyboard.press('p');
	await expect(formula(page)).toHaveAttribute('data-stage', 'output', { timeout: 15_000 });
});

test('a selected cell of QKᵀ shows its dot product term by term, and the terms add up', async ({
	page
}) => {
	await open(page, '/attention-scores#step=1');
	await page
		.getByTestId('matrix-scores')
		.getByRole('button', { name: /^QKᵀ row chased \(3\) column cat \(2\)/ })
		.click();
	await expect(page).toHaveURL(/#q=2&step=1&k=1$/);
	const dot = page.getByTestId('dot-product');
	await expect(dot).toContainText('(chased (3), cat (2))');
	// "= p₁ + p₂ + p₃ + p₄ = total": the products add up to the cell's score.
	const sum = (await page.getByTestId('dot-sum').textContent())!;
	const [products, total] = sum
		.replace(/^=\s*/, '')
		.split('=')
		.map((part) => part.split('+').map((x) => Number(x.trim().replace(/[()]/g, ''))));
	expect(products).toHaveLength(4);
	expect(products.reduce((a, b) => a + b, 0)).toBeCloseTo(total[0], 1);
	const label = (await matrixCells(page, 'scores')).find((c) =>
		c?.startsWith('QKᵀ row chased (3) column cat (2)')
	)!;
	expect(Number(label.split(': ')[1])).toBeCloseTo(total[0], 1);
});

test('editing a query changes the scores and the hash; reset restores them', async ({ page }) => {
	await open(page, '/attention-scores#step=1');
	await expect(page.getByTestId('matrix-scores').locator('g.cell')).toHaveCount(25);
	const before = await matrixCells(page, 'scores');
	const box = page.getByRole('spinbutton', { name: /^Query of “mouse \(5\)”, component 1/ });
	await box.fill('9');
	await expect(page).toHaveURL(/eq=/);
	await expect.poll(() => matrixCells(page, 'scores')).not.toEqual(before);
	await expect(page.getByText('Q or K edited by you.')).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('spinbutton', { name: /^Query of “mouse \(5\)”, component 1/ })
	).toHaveValue('9');
	await page.getByRole('button', { name: 'Reset Q and K' }).click();
	await expect.poll(() => matrixCells(page, 'scores')).toEqual(before);
});

test('the causal mask shows −∞ and zero weights above the diagonal', async ({ page }) => {
	await open(page, '/attention-scores#step=4&mask=causal');
	await expect(page.getByTestId('matrix-softmax').locator('g.cell')).toHaveCount(25);
	const masked = await matrixCells(page, 'mask');
	expect(masked).toContain('QKᵀ / √dₖ + M row The (1) column cat (2): −∞');
	const weights = await matrixCells(page, 'softmax');
	expect(weights.find((c) => c?.startsWith('softmax row The (1) column The (1)'))).toMatch(
		/: 1\.00$/
	);
});

test('long text is cut to 8 tokens with a notice; garbage steps are clamped', async ({ page }) => {
	await open(page, '/attention-scores#step=99&sh=nope');
	const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(notice).toContainText('step was out of range');
	await expect(notice).toContainText('sh was unreadable');
	await expect(formula(page)).toHaveAttribute('data-stage', 'output');
	await page.getByLabel('Sentence').fill('one two three four five six seven eight nine ten');
	await expect(
		page.getByText(/has 10 tokens; the step-by-step view uses the first 8/)
	).toBeVisible();
	await expect(page.getByTestId('matrix-scores').locator('g.cell')).toHaveCount(64);
});
