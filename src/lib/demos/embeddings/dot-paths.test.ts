import { describe, expect, it } from 'vitest';
import { dotPaths } from './dot-paths';

describe('dotPaths(points, group, groups, x, y, r)', () => {
	it('draws each point as a circle in its group’s path, through the scales', () => {
		const paths = dotPaths(
			[
				[0, 0],
				[1, 2],
				[3, 1]
			],
			[1, 0, 1],
			3,
			(v) => 10 * v,
			(v) => 100 - 10 * v,
			2
		);
		expect(paths).toEqual([
			'M8.0,80.0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0',
			'M-2.0,100.0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0M28.0,90.0a2,2 0 1,0 4,0a2,2 0 1,0 -4,0',
			''
		]);
	});
});
