import { describe, expect, it } from 'vitest';
import { bandOf, regionPaths } from './regions';

describe('regionPaths', () => {
	it('groups cells by winner and confidence band, one rectangle per run of a row', () => {
		// 2 × 2 grid over a 20 × 20 box: classes [0, 1 / 1, 1], the last one confident.
		const paths = regionPaths([0, 1, 1, 1], [0.5, 0.7, 0.7, 0.9], 2, {
			left: 0,
			right: 20,
			top: 0,
			bottom: 20
		});
		expect(paths.map((p) => p.key)).toEqual(['0-0', '1-1', '1-2']);
		expect(paths[0].d).toBe('M0.0 0.0h10.5v10.5h-10.5z');
		expect(paths[1].d).toBe('M10.0 0.0h10.5v10.5h-10.5zM0.0 10.0h10.5v10.5h-10.5z');
		// A row of three cells of one class and band is one rectangle; a band change starts another.
		const row = regionPaths(
			[2, 2, 2, 2, 2, 2, 2, 2, 2],
			[0.9, 0.9, 0.9, 0.9, 0.9, 0.5, 0.9, 0.9, 0.9],
			3,
			{
				left: 0,
				right: 30,
				top: 0,
				bottom: 30
			}
		);
		expect(row.map((p) => p.d)).toEqual([
			'M20.0 10.0h10.5v10.5h-10.5z',
			'M0.0 0.0h30.5v10.5h-30.5zM0.0 10.0h20.5v10.5h-20.5zM0.0 20.0h30.5v10.5h-30.5z'
		]);
		expect(paths[2].d).toBe('M10.0 10.0h10.5v10.5h-10.5z');
	});

	it('bands confidences at 0.6 and 0.85', () => {
		expect([0.2, 0.59, 0.6, 0.84, 0.85, 1].map(bandOf)).toEqual([0, 0, 1, 1, 2, 2]);
	});
});
