import type { Page } from '@playwright/test';
import { choose, expect, hashSettled, open, test } from './fixtures';

const lossReadout = (page: Page) => page.getByTestId('loss-readout');
const loss = async (page: Page) => Number((await lossReadout(page).textContent())!.split(' ')[0]);

test('a logit changes the bars, the loss and the hash; bits; a reload restores it', async ({
	page
}) => {
	await open(page, '/cross-entropy');
	await expect(lossReadout(page)).toHaveText('1.886 nats');
	const word = page.getByRole('slider', { name: /^word: p = 0\.680/ });
	await word.focus();
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/#logits=1,1\.5,0\.5,0,-1$/);
	// Less probability on the wrong favourite leaves more for the correct token: the loss falls.
	await expect.poll(() => loss(page)).toBeLessThan(1.8);
	const lowered = await lossReadout(page).textContent();
	await expect(page.getByRole('slider', { name: /^word: p = 0\.4/ })).toBeVisible();

	await choose(page, 'bits (log₂)');
	await expect(lossReadout(page)).toHaveText(
		`${(Number(lowered!.split(' ')[0]) / Math.LN2).toFixed(3)} bits`
	);
	await hashSettled(page);
	await page.reload();
	await expect(lossReadout(page)).toHaveText(/ bits$/);
	await expect(page).toHaveURL(/logits=1,1\.5,0\.5,0,-1/);
	await expect(page.getByRole('slider', { name: /^word: p = 0\.4/ })).toBeVisible();
});

test('a gradient step lowers the loss; autodiff matches p − y; a bad link gets notices', async ({
	page
}) => {
	await open(page, '/cross-entropy');
	await expect(page.getByTestId('grad-match')).toHaveText(
		/difference between the two: (0|.*×10⁻¹[0-9⁰¹²³⁴⁵⁶⁷⁸⁹])/
	);
	const before = await loss(page);
	await page.getByRole('button', { name: 'Take a gradient step' }).click();
	await expect(page.getByTestId('step-result')).toContainText(/moved the loss from 1\.88\d\d to/);
	await expect.poll(() => loss(page)).toBeLessThan(before - 0.3);
	await expect(page).toHaveURL(/#logits=/);

	await open(page, '/cross-entropy#logits=3&target=7&smoothing=0.2');
	await expect(page.getByText('The link had 1 logit(s)')).toBeVisible();
	await expect(page.getByText('The link names token 8 as the target')).toBeVisible();
	// Two tokens, target the second, ε = 0.2: y = [0.1, 0.9], p = softmax([3, 0]).
	const p = [Math.exp(3), 1].map((e) => e / (Math.exp(3) + 1));
	const expected = -(0.1 * Math.log(p[0]) + 0.9 * Math.log(p[1]));
	await expect(lossReadout(page)).toHaveText(`${expected.toFixed(3)} nats`);
});
