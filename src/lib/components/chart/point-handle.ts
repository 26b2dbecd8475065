/** A point moved with the arrow keys on a plane, and its coordinates kept on the plane. */
export type Point = [number, number];

const ARROWS: Record<string, Point> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, 1],
	ArrowDown: [0, -1]
};

/** Where an arrow key moves `p` by `step` (up is +y), or undefined for any other key. */
export function nudge(p: readonly [number, number], key: string, step: number): Point | undefined {
	const dir = ARROWS[key];
	return dir && [p[0] + dir[0] * step, p[1] + dir[1] * step];
}

/**
 * A coordinate kept within [lo, hi], on multiples of `grain` if given, written with two
 * decimals (so a hash and a label read the same number).
 */
export function snapCoordinate(v: number, [lo, hi]: readonly [number, number], grain?: number) {
	const kept = Math.min(hi, Math.max(lo, v));
	return Number((grain ? Math.round(kept / grain) * grain : kept).toFixed(2));
}
