import { interpolateViridis } from 'd3';

const GOLDEN = 0.618033988749895;

/**
 * A colour per token id, from the viridis scale (colour-blind safe), spread by the golden ratio
 * so that neighbouring ids differ. Chips mix it with the surface colour, so text stays readable
 * in light and dark themes.
 */
export function chipColour(id: number): string {
	const t = (((id + 1) * GOLDEN) % 1) * 0.85 + 0.1;
	return interpolateViridis(t);
}
