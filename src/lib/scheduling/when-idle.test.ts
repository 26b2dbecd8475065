import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, whenIdle } from './when-idle';

describe('whenIdle(tasks)', () => {
	afterEach(() => vi.useRealTimers());

	it('runs the tasks in order, one per idle period', () => {
		vi.useFakeTimers();
		const done: number[] = [];
		whenIdle([1, 2, 3].map((i) => () => done.push(i)));
		expect(done).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(done).toEqual([1]);
		vi.runAllTimers();
		expect(done).toEqual([1, 2, 3]);
	});

	it('asks for idle periods with a deadline, so that a page that never idles still runs them', () => {
		const asked: (IdleRequestOptions | undefined)[] = [];
		vi.stubGlobal('requestIdleCallback', (run: () => void, options?: IdleRequestOptions) => {
			asked.push(options);
			run();
			return asked.length;
		});
		vi.stubGlobal('cancelIdleCallback', () => {});
		const done: number[] = [];
		whenIdle([1, 2].map((i) => () => done.push(i)));
		vi.unstubAllGlobals();
		expect(done).toEqual([1, 2]);
		expect(asked).toEqual([{ timeout: IDLE_TIMEOUT_MS }, { timeout: IDLE_TIMEOUT_MS }]);
	});

	it('stops when cancelled', () => {
		vi.useFakeTimers();
		const done: number[] = [];
		const cancel = whenIdle([1, 2, 3].map((i) => () => done.push(i)));
		vi.advanceTimersToNextTimer();
		cancel();
		vi.runAllTimers();
		expect(done).toEqual([1]);
	});
});
