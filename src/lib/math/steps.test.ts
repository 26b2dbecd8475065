import { describe, expect, it } from 'vitest';
import { finish } from './steps';

describe('finish(steps)', () => {
	it('runs every step and returns the result', () => {
		const ran: number[] = [];
		function* counting() {
			for (let i = 0; i < 3; i++) {
				ran.push(i);
				yield;
			}
			return 'done';
		}
		expect(finish(counting())).toBe('done');
		expect(ran).toEqual([0, 1, 2]);
	});
});
