import { loadLib } from '../../scripts/load-lib.mjs';
import { choose, expect, hashSettled, open, test } from './fixtures';

const number = (text: string | null) => Number(text!.replace(/,/g, '').match(/[\d.]+/)![0]);

/** Keeps the training worker's logs of its latest run on `window.trainLogs`. */
const recordTrainLogs = () => {
	type Update = { type: string; epoch: number; logs: { loss: number }[] };
	const record = { epoch: -1, losses: [] as number[] };
	Object.assign(window, { trainLogs: record });
	window.Worker = class extends window.Worker {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			this.addEventListener('message', ({ data }: MessageEvent<Update>) => {
				if (data?.type !== 'update') return;
				if (data.epoch !== record.epoch) Object.assign(record, { epoch: data.epoch, losses: [] });
				record.losses.push(...data.logs.map((log) => log.loss));
			});
		}
	};
};

test('the size controls change the parameter count and the hash; Play lowers the loss, with the losses Node computes for the same seed; a reload restores the settings', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.addInitScript(recordTrainLogs);
	await open(page, '/what-is-an-llm');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const parameters = page.getByTestId('parameters');
	await expect(parameters).toContainText('136,960');

	const layers = page.getByRole('slider', { name: 'Layers' });
	await layers.press('ArrowLeft');
	await expect(page).toHaveURL(/layers=1/);
	await choose(page, '2', { group: 'Heads', exact: true });
	await expect(page).toHaveURL(/heads=2/);
	await expect(parameters).not.toContainText('136,960');
	const shrunk = await parameters.textContent();
	expect(number(shrunk)).toBeLessThan(136_960);

	// Nothing of the trainer loads until the first step; then step 0's held-out loss (random
	// weights, about ln 512 ≈ 6.24), and lower after training.
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.waitForTimeout(500);
	expect(workers.filter((url) => url.includes('train.worker'))).toEqual([]);
	const heldOut = page.getByTestId('held-out-loss');
	const run = page.getByRole('group', { name: 'Training run' });
	await run.getByRole('button', { name: 'Step ▶' }).click();
	await expect(heldOut).toContainText('nats', { timeout: 30_000 });
	expect(workers.some((url) => url.includes('train.worker'))).toBe(true);
	const start = number(await heldOut.textContent());
	await run.getByRole('button', { name: '▶ Play' }).click();
	await expect
		.poll(async () => number(await heldOut.textContent()), { timeout: 60_000 })
		.toBeLessThan(start - 0.3);
	await run.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByTestId('samples').locator('tbody tr')).not.toHaveCount(1);

	// The same run in Node, bit for bit: no engine-dependent arithmetic (Math.pow differs between
	// V8 versions) may creep into training.
	const { losses } = await page.evaluate(
		() => (window as unknown as { trainLogs: { losses: number[] } }).trainLogs
	);
	expect(losses.length).toBeGreaterThan(20);
	const { gptTraining } = (await loadLib(
		'demos/what-is-an-llm/train.run.ts'
	)) as typeof import('$lib/demos/what-is-an-llm/train.run');
	let state = gptTraining.init({
		seed: 1,
		layers: 1,
		width: 64,
		heads: 2,
		context: 64,
		steps: 1000
	});
	const inNode = losses.map(() => {
		const result = gptTraining.step(state);
		state = result.state;
		return result.log.loss;
	});
	expect(losses).toEqual(inNode);

	await hashSettled(page);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(layers).toHaveAttribute('aria-valuetext', '1');
	await expect(parameters).toHaveText(shrunk!);
	await expect(page.getByTestId('train-step')).toContainText('step 0 /');
});

test('the trained checkpoint continues a typed prompt', async ({ page }) => {
	test.setTimeout(60_000);
	await open(page, '/what-is-an-llm');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	const prompt = page.getByRole('textbox', { name: 'Prompt' });
	await prompt.fill('Question: What is attention?\nAnswer: ');
	await expect(page).toHaveURL(/prompt=/);
	await page.getByRole('button', { name: 'Generate' }).click();
	const continuation = page.getByTestId('continuation');
	await expect(continuation).toContainText('Question: What is attention?', { timeout: 30_000 });
	await expect
		.poll(async () => (await continuation.locator('mark').textContent())!.length)
		.toBeGreaterThan(10);
});
