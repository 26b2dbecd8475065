import { describe, expect, it } from 'vitest';
import { measureLayers, median } from './timing';

describe('median(xs)', () => {
	it('middle value, or the mean of the middle two', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('measureLayers(d, now, options)', () => {
	it('times each layer at each size with a warm-up left out (a clock that ticks 1 per read)', () => {
		let clock = 0;
		const now = () => clock++;
		const run = measureLayers(4, now, { sizes: [2, 3], repeats: 3 });
		let step = run.next();
		let yields = 0;
		while (!step.done) {
			yields++;
			step = run.next();
		}
		// 2 sizes × 2 layers × (1 warm-up + 3 timed) passes, one yield each.
		expect(yields).toBe(16);
		expect(step.value.map((t) => [t.n, t.kind])).toEqual([
			[2, 'recurrent'],
			[2, 'self-attention'],
			[3, 'recurrent'],
			[3, 'self-attention']
		]);
		// Each pass reads the clock twice in a row: 1 tick.
		for (const t of step.value) expect([t.median, t.low, t.high]).toEqual([1, 1, 1]);
	});
});
