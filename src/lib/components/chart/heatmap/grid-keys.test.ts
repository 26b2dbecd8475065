import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridKey } from './grid-keys';

describe('gridKey(key, from, rows, cols)', () => {
	it('moves one cell with the arrows', () => {
		const from = { row: 2, col: 2 };
		expect(gridKey('ArrowUp', from, 5, 5)).toEqual({ row: 1, col: 2 });
		expect(gridKey('ArrowDown', from, 5, 5)).toEqual({ row: 3, col: 2 });
		expect(gridKey('ArrowLeft', from, 5, 5)).toEqual({ row: 2, col: 1 });
		expect(gridKey('ArrowRight', from, 5, 5)).toEqual({ row: 2, col: 3 });
	});
	it('stops at the edges', () => {
		expect(gridKey('ArrowUp', { row: 0, col: 0 }, 3, 3)).toEqual({ row: 0, col: 0 });
		expect(gridKey('ArrowRight', { row: 2, col: 2 }, 3, 3)).toEqual({ row: 2, col: 2 });
	});
	it('goes to the row ends with Home and End, selects with Enter and Space', () => {
		expect(gridKey('Home', { row: 1, col: 3 }, 4, 6)).toEqual({ row: 1, col: 0 });
		expect(gridKey('End', { row: 1, col: 3 }, 4, 6)).toEqual({ row: 1, col: 5 });
		expect(gridKey('Enter', { row: 1, col: 3 }, 4, 6)).toBe('select');
		expect(gridKey(' ', { row: 1, col: 3 }, 4, 6)).toBe('select');
		expect(gridKey('a', { row: 1, col: 3 }, 4, 6)).toBeNull();
	});
	it('never leaves the grid', () => {
		const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 20 }),
				fc.integer({ min: 1, max: 20 }),
				fc.array(fc.constantFrom(...keys)),
				(rows, cols, presses) => {
					let at = { row: 0, col: 0 };
					for (const key of presses) {
						const next = gridKey(key, at, rows, cols);
						if (next && next !== 'select') at = next;
					}
					return at.row >= 0 && at.row < rows && at.col >= 0 && at.col < cols;
				}
			)
		);
	});
});
