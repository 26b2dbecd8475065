import { describe, expect, it } from 'vitest';
import { twoMoons } from './two-moons';

describe('twoMoons', () => {
	it('draws 200 points, half in each class, the same for the same seed', () => {
		const a = twoMoons(4);
		expect(a.xs).toHaveLength(400);
		expect(a.labels.filter((l) => l === 1)).toHaveLength(100);
		expect(twoMoons(4)).toEqual(a);
		expect(twoMoons(5).xs).not.toEqual(a.xs);
		// Class 0 is the upper moon: its mean y lies above class 1's.
		const meanY = (label: number) =>
			a.labels.reduce((s, l, i) => (l === label ? s + a.xs[2 * i + 1] : s), 0) / 100;
		expect(meanY(0)).toBeGreaterThan(meanY(1) + 0.5);
	});
});
