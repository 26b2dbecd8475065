import { expect, it } from 'vitest';
import { polyline } from './polyline';

const double = (v: number) => 2 * v;

it('polyline maps, rounds to 0.1 px and closes rings', () => {
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

it('polyline skips steps under half a pixel but keeps the last point', () => {
	const same = (v: number) => v;
	const settling = [
		[0, 0],
		[0.2, 0.1],
		[0.4, 0.3],
		[3, 0],
		[3.1, 0.1],
		[3.2, 0.2]
	] as const;
	expect(polyline(settling, same, same)).toBe('M0,0L3,0L3.2,0.2');
	// Half a pixel along either axis is drawn.
	expect(
		polyline(
			[
				[0, 0],
				[0.5, 0],
				[0.5, 0.5],
				[1, 1]
			],
			same,
			same
		)
	).toBe('M0,0L0.5,0L0.5,0.5L1,1');
});
