import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRun, type RunClient, type RunUpdate } from './run-client';
import type { Deferred } from './define';
import { fakeWorker, lineFit } from './test-fixtures';

type View = { a: number; b: number };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run of lineFit and everything it has said so far. */
function open(
	options: { worker?: () => Worker; stepsPerSecond?: number } = {},
	run: Deferred<typeof lineFit> = lineFit
) {
	const heard = {
		updates: [] as RunUpdate<number, View>[],
		logs: [] as number[],
		errors: [] as string[]
	};
	const client: RunClient<Parameters<typeof lineFit.init>[0]> = openRun(run, {
		...options,
		onUpdate(update) {
			heard.updates.push(update);
			heard.logs = update.fresh ? [...update.logs] : heard.logs.concat(update.logs);
		},
		onError: (message) => heard.errors.push(message)
	});
	const last = () => heard.updates.at(-1);
	const until = async (condition: () => boolean, ms = 5000) => {
		const end = performance.now() + ms;
		while (!condition()) {
			if (performance.now() > end) throw new Error('timed out');
			await sleep(1);
		}
	};
	return { client, heard, last, until };
}

const config = { seed: 7, rate: 0.1, steps: 300 };
let close: (() => void) | undefined;
afterEach(() => {
	close?.();
	vi.unstubAllGlobals();
});

describe('openRun on the page (no Worker here)', () => {
	it('starts paused at step 0 with the initial view', async () => {
		const run = open();
		close = run.client.close;
		run.client.start(config);
		await run.until(() => run.heard.updates.length > 0);
		expect(run.last()).toEqual({
			step: 0,
			status: 'paused',
			logs: [],
			view: { a: 0, b: 0 },
			fresh: true
		});
	});

	it('plays to the end, logging every step once, in order; the same seed gives the same logs', async () => {
		const first = open();
		first.client.start(config);
		first.client.play();
		await first.until(() => first.last()?.status === 'finished');
		first.client.close();
		expect(first.heard.logs).toHaveLength(300);
		expect(first.last()!.step).toBe(300);
		// It learned the line: the loss fell and the view is close to y = 2x + 1.
		expect(first.heard.logs.at(-1)!).toBeLessThan(first.heard.logs[0] / 10);
		expect(first.last()!.view.b).toBeCloseTo(1, 1);

		// Another run of the same config, stepped by hand, gives the same first 50 losses.
		const second = open();
		close = second.client.close;
		second.client.start(config);
		for (let i = 0; i < 50; i++) second.client.step();
		await second.until(() => second.last()?.step === 50);
		expect(second.heard.logs).toEqual(first.heard.logs.slice(0, 50));

		// Another seed, other losses.
		second.client.start({ ...config, seed: 8 });
		second.client.step();
		await second.until(() => second.last()?.step === 1);
		expect(second.heard.logs).toHaveLength(1);
		expect(second.heard.logs[0]).not.toBe(first.heard.logs[0]);
	});

	it('pauses: no step is taken after the pause is heard', async () => {
		const run = open();
		close = run.client.close;
		run.client.start({ ...config, steps: 1e9 });
		run.client.play();
		await run.until(() => (run.last()?.step ?? 0) > 20);
		run.client.pause();
		await run.until(() => run.last()?.status === 'paused');
		const { step } = run.last()!;
		expect(run.heard.logs).toHaveLength(step);
		await sleep(40);
		expect(run.last()!.step).toBe(step);
		// And play goes on from there.
		run.client.play();
		await run.until(() => run.last()!.step > step);
	});

	it('sends at most about 30 updates a second while playing', async () => {
		const run = open();
		close = run.client.close;
		run.client.start({ ...config, steps: 1e9 });
		run.client.play();
		await sleep(300);
		run.client.pause();
		await run.until(() => run.last()?.status === 'paused');
		// init, play, pause and at most one per 33 ms between (with slack for timer jitter).
		expect(run.heard.updates.length).toBeLessThanOrEqual(3 + 300 / 33 + 2);
		expect(run.heard.logs).toHaveLength(run.last()!.step);
	});

	it('paces to a number of steps per second', async () => {
		const run = open({ stepsPerSecond: 100 });
		close = run.client.close;
		run.client.start({ ...config, steps: 1e9 });
		const start = performance.now();
		run.client.play();
		await sleep(300);
		run.client.pause();
		await run.until(() => run.last()?.status === 'paused');
		// ~30 steps in 300 ms; a busy machine may take fewer, never a burst of more.
		const paced = run.last()!.step;
		expect(paced).toBeGreaterThan(0);
		expect(paced).toBeLessThanOrEqual(((performance.now() - start) * 100) / 1000 + 2);
		// Unpaced, 300 more steps come well within the 3 s they would take at 100 a second.
		run.client.speed(Infinity);
		run.client.play();
		await run.until(() => run.last()!.step >= paced + 300, 2000);
	});

	it('starts over when started again, and drops what the old run still had to say', async () => {
		const run = open();
		close = run.client.close;
		run.client.start({ ...config, steps: 1e9 });
		run.client.play();
		await run.until(() => (run.last()?.step ?? 0) > 10);
		const firstLogs = [...run.heard.logs];
		run.client.start({ ...config, steps: 1e9 });
		await run.until(() => run.last()?.fresh === true && run.last()?.step === 0);
		const count = run.heard.updates.length;
		await sleep(40);
		// Paused at 0: no stale update of the old run arrived.
		expect(run.heard.updates.length).toBe(count);
		expect(run.heard.logs).toEqual([]);
		run.client.step();
		await run.until(() => run.last()?.step === 1);
		expect(run.heard.logs).toEqual(firstLogs.slice(0, 1));
	});

	it('reports a step that throws, and takes no more steps', async () => {
		const run = open();
		close = run.client.close;
		run.client.start({ ...config, failAt: 5 });
		run.client.play();
		await run.until(() => run.heard.errors.length > 0);
		expect(run.heard.errors).toEqual(['Error: step 5 failed']);
		run.client.play();
		run.client.step();
		await sleep(20);
		expect(run.heard.logs.length).toBeLessThanOrEqual(5);
	});

	it('ignores play, step and pause where they make no sense', async () => {
		const run = open();
		close = run.client.close;
		run.client.play(); // before start
		run.client.step();
		run.client.start({ ...config, steps: 2 });
		run.client.pause(); // while paused
		run.client.step();
		run.client.step();
		run.client.step(); // finished
		run.client.play();
		await run.until(() => run.last()?.status === 'finished');
		await sleep(20);
		expect(run.last()!.step).toBe(2);
		expect(run.heard.logs).toHaveLength(2);
	});
});

describe('openRun in a worker (a MessageChannel standing in for it)', () => {
	it('gives the same logs as on the page', async () => {
		vi.stubGlobal('Worker', class {});
		const inWorker = open({ worker: () => fakeWorker(lineFit) });
		inWorker.client.start(config);
		inWorker.client.play();
		await inWorker.until(() => inWorker.last()?.status === 'finished');
		inWorker.client.close();
		vi.unstubAllGlobals();

		const onPage = open();
		close = onPage.client.close;
		onPage.client.start(config);
		onPage.client.play();
		await onPage.until(() => onPage.last()?.status === 'finished');
		expect(inWorker.heard.logs).toHaveLength(300);
		expect(inWorker.heard.logs).toEqual(onPage.heard.logs);
		expect(inWorker.last()!.view).toEqual(onPage.last()!.view);
	});
});

describe('openRun with a deferred run (a loader of its definition)', () => {
	it('loads the run on the page, then gives the same logs as the run itself', async () => {
		const load = vi.fn(async () => lineFit);
		const deferred = open({}, load);
		close = deferred.client.close;
		deferred.client.start(config);
		deferred.client.play();
		await deferred.until(() => deferred.last()?.status === 'finished');
		expect(load).toHaveBeenCalledOnce();
		expect(deferred.heard.logs).toHaveLength(300);
		let state = lineFit.init(config);
		const logs = Array.from({ length: 300 }, () => {
			const { state: next, log } = lineFit.step(state);
			state = next;
			return log;
		});
		expect(deferred.heard.logs).toEqual(logs);
	});

	it('reports a run that cannot be loaded as an error', async () => {
		const deferred = open({}, () => Promise.reject(new Error('offline')));
		close = deferred.client.close;
		deferred.client.start(config);
		await deferred.until(() => deferred.heard.errors.length > 0);
		expect(deferred.heard.errors).toEqual(['offline']);
	});
});
