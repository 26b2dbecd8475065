import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const lambdas = (page: Page) => page.getByTestId('eigen').getByTestId('lambda').allTextContents();
const pointCount = async (page: Page) =>
	Number(await page.locator('.demo-area path.point').getAttribute('data-count'));
/** The two numbers of "… = 0.349, and λ₂ = 0.349 …": the reconstruction error and λ₂. */
async function errorAndLambda2(page: Page): Promise<[string, string]> {
	const text = (await page.getByTestId('reconstruction').textContent()) ?? '';
	const [, error, l2] = text.match(/= (-?[\d.]+), and λ₂ = (-?[\d.]+)/) ?? [];
	return [error, l2];
}

test('a preset and a dragged point change the eigenvalues and the hash; reload restores them', async ({
	page
}) => {
	await open(page, '/eigenvectors-pca');
	await page.locator('[data-demo-ready]').waitFor();
	const first = await lambdas(page);
	const [error, l2] = await errorAndLambda2(page);
	expect(error).toBe(l2);
	expect(error).toBe(first[1]);

	await page.getByRole('button', { name: 'Round', exact: true }).click();
	await expect(page).toHaveURL(/sx=1.5&sy=1.5&rho=0/);
	await expect.poll(() => lambdas(page)).not.toEqual(first);
	const round = await lambdas(page);
	// A round cloud: the two variances are close, each near σ² = 2.25.
	expect(Number(round[1]) / Number(round[0])).toBeGreaterThan(0.5);

	// Drag one point far out: it becomes a hand-placed cloud and λ₁ grows.
	// The first point is the selected one, drawn with a ring of its own.
	const dot = page.locator('.demo-area circle.point.selected');
	await page.locator('.demo-area rect.pointer-layer').scrollIntoViewIfNeeded();
	const box = (await dot.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + 150, box.y - 150, { steps: 8 });
	await page.mouse.up();
	await expect(page).toHaveURL(/cloud=hand&.*pts=/);
	await expect(page.getByTestId('hand-count')).toHaveText('Hand-placed points (60)');
	await hashSettled(page);
	const dragged = await lambdas(page);
	expect(Number(dragged[0])).toBeGreaterThan(Number(round[0]));
	const [e2, l22] = await errorAndLambda2(page);
	expect(e2).toBe(l22);

	await page.reload();
	await page.locator('[data-demo-ready]').waitFor();
	await expect.poll(() => lambdas(page)).toEqual(dragged);
	expect(await pointCount(page)).toBe(60);
});

test('clear, add by click and by key, with a message for too few points', async ({ page }) => {
	await open(page, '/eigenvectors-pca#cloud=hand&pts=0,0,1,1,2,2.1');
	await page.locator('[data-demo-ready]').waitFor();
	expect(await pointCount(page)).toBe(3);
	await page.getByRole('button', { name: 'Clear all points' }).click();
	await expect(page.getByText('No points: click the plot')).toBeVisible();
	expect(await pointCount(page)).toBe(0);

	const plot = page.locator('.demo-area rect.pointer-layer');
	await plot.click({ position: { x: 100, y: 100 } });
	await expect(page.getByText('One point has no spread')).toBeVisible();

	const keys = page.getByRole('group', { name: /^Point cloud: arrow keys/ });
	await keys.focus();
	await page.keyboard.press('+');
	await page.keyboard.press('Shift+ArrowRight');
	await expect.poll(() => pointCount(page)).toBe(2);
	await expect(page.getByTestId('eigen')).toBeVisible();
	await expect(page).toHaveURL(/cloud=hand&pts=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+$/);
	await page.keyboard.press('Delete');
	await expect.poll(() => pointCount(page)).toBe(1);
});

test('power iteration turns b towards v₁ and its Rayleigh quotient reaches λ₁', async ({
	page
}) => {
	await open(page, '/eigenvectors-pca');
	await page.locator('[data-demo-ready]').waitFor();
	const angle = async () => parseFloat((await page.getByTestId('power-angle').textContent())!);
	const start = await angle();
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(page).toHaveURL(/iter=1$/);
	await expect.poll(angle).toBeLessThan(start);
	await page.getByRole('button', { name: 'End ▶▶' }).click();
	await expect(page).toHaveURL(/iter=30$/);
	const l1 = Number((await lambdas(page))[0]).toFixed(3);
	await expect
		.poll(async () => Number(await page.getByTestId('rayleigh').textContent()).toFixed(3))
		.toBe(l1);
	expect(await angle()).toBeLessThan(1e-3);
});

test('the guide’s words: unknown ones are named, too few get a message, a word set plots', async ({
	page
}) => {
	await open(page, '/eigenvectors-pca');
	await page.locator('[data-demo-ready]').waitFor();
	await expect(
		page.getByRole('img', { name: '16 words on their first two principal components' })
	).toBeVisible();
	await page.getByRole('textbox', { name: 'Words' }).fill('loss gradients xyzzy');
	await expect(page.getByText('Not in the guide’s vocabulary (left out): xyzzy')).toBeVisible();
	await expect(page.getByText('at least three words the guide uses; 2 found')).toBeVisible();
	await page.getByRole('button', { name: 'Chinese words' }).click();
	await expect(
		page.getByRole('img', { name: '18 words on their first two principal components' })
	).toBeVisible();
	await expect(page.getByTestId('word-share')).toContainText(/keep [\d.]+ %/);
});
