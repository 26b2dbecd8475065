import { describe, expect, it } from 'vitest';
import { JobTask } from './job-task.svelte';
import { failing, sumTo } from './test-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, ms = 5000) {
	const end = performance.now() + ms;
	while (!condition()) {
		if (performance.now() > end) throw new Error('timed out');
		await sleep(1);
	}
}

describe('JobTask', () => {
	it('with now: true, is done on construction', () => {
		const task = new JobTask(sumTo, 10, { now: true });
		expect(task.status).toBe('done');
		expect(task.output).toBe(45);
		expect(task.inBackground).toBe(false);
	});

	it('in the background: running with progress, then done', async () => {
		const task = new JobTask(sumTo, 300_000);
		expect(task.status).toBe('running');
		expect(task.inBackground).toBe(true);
		await until(() => (task.progress ?? 0) > 0);
		expect(task.progress).toBeLessThan(1);
		await until(() => task.status === 'done');
		expect(task.output).toBe((300_000 * 299_999) / 2);
	});

	it('cancels, and restarts from scratch', async () => {
		const task = new JobTask(sumTo, 1e9);
		await sleep(20);
		task.cancel();
		expect(task.status).toBe('cancelled');
		await sleep(20);
		expect(task.status).toBe('cancelled');
		task.restart();
		expect(task.status).toBe('running');
		expect(task.progress).toBeUndefined();
		task.cancel();
	});

	it('fails with the job’s message', async () => {
		const task = new JobTask(failing, 'bad input');
		await until(() => task.status === 'failed');
		expect(task.error).toBe('Error: bad input');
		task.restart();
		expect(task.status).toBe('running');
	});
});
