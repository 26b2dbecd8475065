import { expect, it } from 'vitest';
import { polyline } from './polyline';

it('polyline maps, rounds to 0.1 px and closes rings', () => {
	const double = (v: number) => 2 * v;
	expect(
		polyline(
			[
				[0, 0],
				[1.234, -2]
			],
			double,
			(v) => -v
		)
	).toBe('M0,0L2.5,2');
	expect(polyline([[1, 1]], double, double, true)).toBe('M2,2Z');
	expect(polyline([], double, double, true)).toBe('');
});
