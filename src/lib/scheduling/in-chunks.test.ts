import { describe, expect, it } from 'vitest';
import { inChunks } from './in-chunks';

describe('inChunks(steps, chunkMs)', () => {
	it('runs every step and resolves with the result, letting other tasks run in between', async () => {
		const order: string[] = [];
		function* work() {
			for (let i = 0; i < 5; i++) {
				const until = performance.now() + 3;
				while (performance.now() < until);
				order.push(`step ${i}`);
				yield;
			}
			return 42;
		}
		setTimeout(() => order.push('timer'), 0);
		await expect(inChunks(work(), 4)).resolves.toBe(42);
		expect(order.filter((s) => s.startsWith('step'))).toHaveLength(5);
		// The timer ran before the last step: the work paused for it.
		expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
	});
});
