import { describe, expect, it } from 'vitest';
import { inSlices } from './in-slices';

describe('inSlices(steps, sliceMs)', () => {
	it('gives the event loop a turn once a slice has used its time, and returns the result', async () => {
		const ran: string[] = [];
		function* tenMsEach() {
			for (let i = 0; i < 6; i++) {
				const end = performance.now() + 10;
				while (performance.now() < end); // each step takes 10 ms
				ran.push(`step ${i}`);
				yield;
			}
			return 'done';
		}
		setTimeout(() => ran.push('other task'), 0);
		await expect(inSlices(tenMsEach(), 25)).resolves.toBe('done');
		// A slice of 25 ms holds two or three 10 ms steps; the waiting task runs before the last.
		const turn = ran.indexOf('other task');
		expect(turn).toBeGreaterThanOrEqual(2);
		expect(turn).toBeLessThan(ran.length - 1);
	});
});
