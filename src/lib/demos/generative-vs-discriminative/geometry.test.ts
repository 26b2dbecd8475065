import { describe, expect, it } from 'vitest';
import type { ClassGaussian } from '$lib/math/gaussian-discriminant';
import { clipLine, densityRings } from './geometry';

describe('clipLine(line, limit)', () => {
	it('x = 1 in [−4, 4]²: from (1, −4) to (1, 4)', () => {
		const seg = clipLine({ w: [1, 0], b: -1 }, 4)!;
		expect(seg.map((p) => p[0])).toEqual([1, 1]);
		expect(seg.map((p) => p[1]).sort()).toEqual([-4, 4]);
	});
	it('the diagonal y = x through the corners counts each corner once', () => {
		const seg = clipLine({ w: [1, -1], b: 0 }, 4)!;
		expect(seg).toHaveLength(2);
		expect(seg.map((p) => p[0]).sort()).toEqual([-4, 4]);
	});
	it('a line outside the square, or w = 0, gives nothing', () => {
		expect(clipLine({ w: [1, 0], b: -5 }, 4)).toBeUndefined();
		expect(clipLine({ w: [0, 0], b: 1 }, 4)).toBeUndefined();
	});
});

describe('densityRings(g, limit)', () => {
	it('N(0, I): the 1σ and 2σ rings are circles of radius about 1 and 2', () => {
		const g: ClassGaussian = {
			prior: 1,
			mean: [0, 0],
			covariance: [
				[1, 0],
				[0, 1]
			]
		};
		const [one, two] = densityRings(g, 4);
		for (const [{ radius, rings }, r] of [
			[one, 1],
			[two, 2]
		] as const) {
			expect(radius).toBeCloseTo(r, 9);
			expect(rings).toHaveLength(1);
			for (const [x, y] of rings[0]) expect(Math.hypot(x, y)).toBeCloseTo(r, 1);
		}
	});
});
