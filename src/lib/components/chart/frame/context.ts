import { createContext } from 'svelte';
import type { PlotBox, Scale } from './scales';

/**
 * What a frame gives its marks: its scales, its size and the plot's edges in px. Reads are
 * live (getters), so a mark's `$derived` geometry follows a resize or a new domain.
 */
export type Frame = PlotBox & {
	readonly x: Scale;
	readonly y: Scale;
	readonly width: number;
	readonly height: number;
};

/** Marks find their frame here instead of taking it as a prop on every mark. */
export const [getFrame, setFrame] = createContext<Frame>();
