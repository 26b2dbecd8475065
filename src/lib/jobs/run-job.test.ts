import { afterEach, describe, expect, it, vi } from 'vitest';
import { runJob, runJobNow } from './run-job';
import { busy, counted, failing, fakeWorker, kept, squares, sumTo } from './test-fixtures';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => vi.unstubAllGlobals());

describe('runJob on the page (no Worker here)', () => {
	it('returns what the job returns, typed arrays included', async () => {
		expect(await runJob(sumTo, 1000)).toBe(499_500);
		const { squares: out, count } = await runJob(squares, { values: Float64Array.of(1, 2, 3) });
		expect([...out]).toEqual([1, 4, 9]);
		expect(count).toBe(3);
	});

	it('moves an output typed array instead of copying it', async () => {
		const { squares: out } = await runJob(squares, { values: Float64Array.of(1, 2) });
		expect(out.length).toBe(2);
		// The job's own reference to the array it returned lost its buffer to the page.
		expect(kept.output!.byteLength).toBe(0);
	});

	it('moves the input buffers it is told to', async () => {
		const values = Float64Array.of(5, 6);
		await runJob(squares, { values }, { transfer: [values.buffer] });
		expect(values.byteLength).toBe(0);
	});

	it('runs a generator in chunks, between which other tasks run', async () => {
		let otherTasks = 0;
		let running = true;
		const other = async () => {
			while (running) {
				otherTasks++;
				await sleep(0);
			}
		};
		void other();
		const before = otherTasks;
		expect(await runJob(busy, 50_000_000)).toBeGreaterThan(0);
		running = false;
		// Some tens of milliseconds of work in chunks of ~8 ms: the timer chain got through
		// several times meanwhile (a busy machine only makes the work, and the count, longer).
		expect(otherTasks - before).toBeGreaterThanOrEqual(3);
	});

	it('reports progress, throttled to about 30 a second, in order', async () => {
		const reports: number[] = [];
		await runJob(sumTo, 200_000, { onProgress: (fraction) => reports.push(fraction) });
		expect(reports.length).toBeGreaterThan(0);
		expect(reports.length).toBeLessThan(200_000 / 100);
		expect(reports).toEqual([...reports].sort((a, b) => a - b));
		expect(reports.every((fraction) => fraction >= 0 && fraction < 1)).toBe(true);
	});

	it('stops at the next yield when aborted, runs its finally, and rejects with AbortError', async () => {
		const abort = new AbortController();
		const result = runJob(sumTo, 1e9, { signal: abort.signal });
		await sleep(30);
		abort.abort();
		await expect(result).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
		const stepsAtAbort = counted.steps;
		await sleep(30);
		expect(counted.steps).toBe(stepsAtAbort);
		expect(counted.steps).toBeLessThan(1e9);
		expect(counted.finished).toBe(true);
	});

	it('rejects at once when the signal is already aborted', async () => {
		await expect(runJob(sumTo, 10, { signal: AbortSignal.abort() })).rejects.toThrow(
			expect.objectContaining({ name: 'AbortError' })
		);
	});

	it('rejects with the error a job throws', async () => {
		await expect(runJob(failing, 'no corpus')).rejects.toThrow('no corpus');
	});
});

describe('runJob in a worker (a MessageChannel standing in for it)', () => {
	it('runs the job at the far end, with progress, and transfers the output', async () => {
		vi.stubGlobal('Worker', class {});
		const reports: number[] = [];
		expect(
			await runJob(sumTo, 100_000, {
				worker: () => fakeWorker(sumTo),
				onProgress: (f) => reports.push(f)
			})
		).toBe(4_999_950_000);
		expect(reports.length).toBeGreaterThan(0);
		const { squares: out } = await runJob(
			squares,
			{ values: Float64Array.of(3) },
			{
				worker: () => fakeWorker(squares)
			}
		);
		expect([...out]).toEqual([9]);
		expect(kept.output!.byteLength).toBe(0);
	});

	it('terminates the worker when aborted', async () => {
		vi.stubGlobal('Worker', class {});
		const worker = fakeWorker(sumTo);
		const terminate = vi.spyOn(worker, 'terminate');
		const abort = new AbortController();
		const result = runJob(sumTo, 1e9, { worker: () => worker, signal: abort.signal });
		await sleep(10);
		abort.abort();
		await expect(result).rejects.toThrow(expect.objectContaining({ name: 'AbortError' }));
		expect(terminate).toHaveBeenCalledOnce();
	});

	it('falls back to the page when the worker cannot be created', async () => {
		vi.stubGlobal('Worker', class {});
		const refused = () => {
			throw new DOMException('refused by policy', 'SecurityError');
		};
		expect(await runJob(sumTo, 10, { worker: refused })).toBe(45);
	});
});

describe('runJob with a deferred job (a loader of its definition)', () => {
	it('loads the job on the page only where no worker runs it', async () => {
		const load = vi.fn(async () => sumTo);
		vi.stubGlobal('Worker', class {});
		expect(await runJob(load, 100, { worker: () => fakeWorker(sumTo) })).toBe(4950);
		expect(load).not.toHaveBeenCalled();
		vi.unstubAllGlobals();
		expect(await runJob(load, 100, { worker: () => fakeWorker(sumTo) })).toBe(4950);
		expect(load).toHaveBeenCalledOnce();
	});

	it('rejects with the error of a loader that fails, as when offline', async () => {
		const offline = () => Promise.reject(new Error('Failed to fetch dynamically imported module'));
		await expect(runJob<number, number, number>(offline, 10)).rejects.toThrow(
			'Failed to fetch dynamically imported module'
		);
	});
});

describe('runJobNow', () => {
	it('drains a generator job, or calls a plain one, synchronously', () => {
		expect(runJobNow(sumTo, 10)).toBe(45);
		expect([...runJobNow(squares, { values: Float64Array.of(4) }).squares]).toEqual([16]);
	});
});
