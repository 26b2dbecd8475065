import type { Cell } from './geometry';

const MOVES: Record<string, [number, number]> = {
	ArrowUp: [-1, 0],
	ArrowDown: [1, 0],
	ArrowLeft: [0, -1],
	ArrowRight: [0, 1]
};

/**
 * What a key does in a grid of cells: arrows move one cell (stopping at the edges), Home and End
 * go to the row's ends, Enter and Space select; any other key: nothing (null).
 */
export function gridKey(
	key: string,
	from: Cell,
	rows: number,
	cols: number
): Cell | 'select' | null {
	if (key in MOVES) {
		const [dr, dc] = MOVES[key];
		return {
			row: Math.max(0, Math.min(rows - 1, from.row + dr)),
			col: Math.max(0, Math.min(cols - 1, from.col + dc))
		};
	}
	if (key === 'Home') return { row: from.row, col: 0 };
	if (key === 'End') return { row: from.row, col: cols - 1 };
	if (key === 'Enter' || key === ' ') return 'select';
	return null;
}
