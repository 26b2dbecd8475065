import type { Colour } from '../colour-scales';
import type { Cell, Layout } from './geometry';

/** What both renderers of a heatmap take: the matrix, its colours and layout, and the cells in play. */
export interface GridProps {
	label: string;
	values: number[][];
	cols: number;
	range: [number, number];
	steps: readonly Colour[];
	layout: Layout;
	blocked?: (cell: Cell) => boolean;
	/** The cell to emphasise: under the pointer or focus, else the active one. */
	shown: Cell | null;
	/** The cell in the tab order (inside the matrix): where the keyboard starts. */
	cursor: Cell;
	onhover: (cell: Cell | null) => void;
	/** A key pressed on a cell; returns the cell it moved to, if any. */
	onkey: (event: KeyboardEvent, from: Cell) => Cell | undefined;
	onselect?: (cell: Cell) => void;
}
