import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const cells = (page: Page, which: 'closed' | 'engine') =>
	page.getByTestId(`jacobian-${which}`).locator('text.value').allTextContents();
const value = (text: string) => Number(text.replace('−', '-'));

test('editing a score redraws both Jacobians, which agree; the hash holds the scores; reload restores', async ({
	page
}) => {
	await open(page, '/jacobian');
	const before = await cells(page, 'closed');
	expect(before).toHaveLength(16);
	// Positive diagonal, negative off-diagonal, rows summing to 0 (to the printed digits).
	before.forEach((text, k) => {
		if (k % 5 === 0) expect(value(text)).toBeGreaterThan(0);
		else expect(value(text)).toBeLessThan(0);
	});
	for (let row = 0; row < 4; row++) {
		const sum = before.slice(4 * row, 4 * row + 4).reduce((s, t) => s + value(t), 0);
		expect(Math.abs(sum)).toBeLessThan(0.003);
	}

	await page.getByRole('spinbutton', { name: 'Score x₄' }).fill('3');
	await page.getByRole('spinbutton', { name: 'Score x₄' }).press('Enter');
	await expect(page).toHaveURL(/#scores=2,1,0.1,3$/);
	await expect.poll(() => cells(page, 'closed')).not.toEqual(before);
	const after = await cells(page, 'closed');
	expect(await cells(page, 'engine')).toEqual(after);
	expect(Number(await page.getByTestId('difference').textContent())).toBeLessThan(1e-15);
	expect(Number(await page.getByTestId('row-sum').textContent())).toBeLessThan(1e-15);

	await page.getByRole('button', { name: '+ Add a score' }).click();
	await expect(page).toHaveURL(/#scores=2,1,0.1,3,0$/);
	await expect.poll(async () => (await cells(page, 'engine')).length).toBe(25);

	await page.reload();
	await expect(page.getByRole('spinbutton', { name: 'Score x₄' })).toHaveValue('3');
	await expect.poll(async () => (await cells(page, 'closed')).length).toBe(25);

	await open(page, '/jacobian#scores=5');
	await expect(page.getByText('the link has 1, so zeros were added')).toBeVisible();
});

test('the map’s point moves by keyboard and drag; det J is the area ratio; map and point live in the hash', async ({
	page
}) => {
	await open(page, '/jacobian');
	await page.getByRole('radio', { name: 'Linear' }).check({ force: true });
	await expect(page).toHaveURL(/#map=linear$/);
	await expect(page.getByTestId('det')).toHaveText('1.170');
	await expect(page.getByTestId('ratio')).toHaveText('1.170');

	await page.getByRole('radio', { name: 'Polar' }).check({ force: true });
	const handle = page.getByTestId('handle');
	await handle.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#map=polar&px=0.7$/);
	// The polar map scales areas by r.
	await expect(page.getByTestId('det')).toHaveText('0.700');
	const output = await page.getByTestId('output-plane').innerHTML();

	const box = (await handle.locator('.dot').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x - 60, box.y + 40, { steps: 5 });
	await page.mouse.up();
	await expect(page).not.toHaveURL(/px=0.7/);
	await expect(page).toHaveURL(/py=/);
	expect(await page.getByTestId('output-plane').innerHTML()).not.toBe(output);
	const url = page.url();

	await page.reload();
	await expect(page.getByRole('radio', { name: 'Polar' })).toBeChecked();
	await expect(handle).toHaveAttribute('aria-valuetext', /\(/);
	expect(page.url()).toBe(url);
	const r = Number(new URL(url).hash.match(/px=(-?[\d.]+)/)![1]);
	await expect(page.getByTestId('det')).toHaveText(r.toFixed(3).replace('-', '−'));
});
