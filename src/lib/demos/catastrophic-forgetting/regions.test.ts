import { describe, expect, it } from 'vitest';
import { bandOf } from './regions';

describe('bandOf(p, levels)', () => {
	it('splits [0, 1] into equal bands, p = 1 in the top one', () => {
		expect([0, 0.09, 0.1, 0.55, 0.999, 1].map((p) => bandOf(p, 10))).toEqual([0, 0, 1, 5, 9, 9]);
	});
});
