import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

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
