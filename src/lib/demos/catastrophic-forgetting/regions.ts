/** Decision regions are drawn in bands of the grid's p(class 1) (see gridClassPaths). */

/** The band of a probability: 0 … levels − 1 (p = 1 falls in the top band). */
export function bandOf(p: number, levels: number): number {
	return Math.min(levels - 1, Math.max(0, Math.floor(p * levels)));
}
