import { afterEach, describe, expect, it, vi } from 'vitest';
import { inSlices } from './in-slices';

describe('inSlices(steps, sliceMs)', () => {
	afterEach(() => vi.useRealTimers());

	it('gives the event loop a turn once a slice has used its time, and returns the result', async () => {
		vi.useFakeTimers();
		const ran: number[] = [];
		function* tenMsEach() {
			for (let i = 0; i < 6; i++) {
				ran.push(i);
				vi.advanceTimersByTime(10); // each step "takes" 10 ms
				yield;
			}
			return 'done';
		}
		const result = inSlices(tenMsEach(), 25);
		// Three steps (30 ms ≥ 25 ms) run before the first turn is given.
		expect(ran).toEqual([0, 1, 2]);
		await vi.advanceTimersToNextTimerAsync();
		expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
		await expect(result).resolves.toBe('done');
	});
});
