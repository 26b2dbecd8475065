import type { Page } from '@playwright/test';
import { expect, hashSettled, open, test } from './fixtures';

const total = (page: Page, which: 'PQ' | 'QP') =>
	page.getByTestId(`terms-${which[0]}${which[1]}`).getByTestId('total');
const weight = (page: Page, dist: 'P' | 'Q', word: string) =>
	page.getByRole('spinbutton', { name: `${dist} weight of “${word}”` });

test('a weight changes both directions, a zero in Q makes KL(P‖Q) infinite; a reload restores it', async ({
	page
}) => {
	await open(page, '/kl-divergence');
	await expect(total(page, 'PQ')).toHaveText('0.217 nats');
	await expect(total(page, 'QP')).toHaveText('0.254 nats');
	await expect(page.getByTestId('asymmetry')).toContainText('−0.037 nats');

	await weight(page, 'Q', 'wrong').fill('0');
	await expect(page).toHaveURL(/q=20,20,20,20,0/);
	await expect(total(page, 'PQ')).toHaveText(/^∞/);
	await expect(page.getByText('Q gives “wrong” probability 0 but P does not')).toBeVisible();
	// The other direction stays finite: Q's zero term counts 0.
	await expect(total(page, 'QP')).toHaveText(/^\d+\.\d{3} nats$/);
	await expect(page.getByTestId('asymmetry')).toContainText('One direction is finite');

	await hashSettled(page);
	await page.reload();
	await expect(weight(page, 'Q', 'wrong')).toHaveValue('0');
	await expect(total(page, 'PQ')).toHaveText(/^∞/);

	await page.getByRole('button', { name: '⇄ Swap P and Q' }).click();
	await expect(total(page, 'QP')).toHaveText(/^∞/);
	await expect(total(page, 'PQ')).toHaveText(/nats$/);
});

test('the Gaussian fits run in the worker: forward KL spreads over both peaks, reverse KL picks one', async ({
	page
}) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await open(page, '/kl-divergence#seed=1');
	const status = page.getByTestId('fit-step');
	await expect(status).toHaveText('step 0 / 400');
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(status).toHaveText('step 1 / 400');
	await page.getByRole('button', { name: '▶ Play' }).click();
	await expect(status).toHaveText('step 400 / 400', { timeout: 30_000 });

	expect(workers.some((url) => url.includes('fit.worker'))).toBe(true);

	const read = async (d: string) => {
		const text = (await page.getByTestId(`fit-${d}`).textContent())!;
		const [, mu, sigma] = text.match(/μ = (−?[\d.]+), σ = ([\d.]+)/)!;
		return { mu: Number(mu.replace('−', '-')), sigma: Number(sigma) };
	};
	const forward = await read('forward');
	const reverse = await read('reverse');
	expect(Math.abs(forward.mu)).toBeLessThan(0.2);
	expect(forward.sigma).toBeGreaterThan(2.4);
	expect(Math.abs(Math.abs(reverse.mu) - 2.5)).toBeLessThan(0.15);
	expect(reverse.sigma).toBeLessThan(0.9);

	// A new learning rate is a new run: back to step 0, and in the link.
	await page.getByRole('slider', { name: 'Learning rate (Adam)' }).press('ArrowRight');
	await expect(status).toHaveText('step 0 / 400');
	await expect(page).toHaveURL(/lr=0\.055/);
});
