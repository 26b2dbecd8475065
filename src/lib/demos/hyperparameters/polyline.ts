/** Points closer than this (px) to the last one drawn add nothing visible to a 2 px line. */
const MIN_STEP_PX = 0.5;

/**
 * An SVG path through points mapped to pixels, rounded to 0.1 px, skipping points within half a
 * pixel of the last one drawn (a path settling into a minimum takes hundreds of such steps), but
 * always ending on the last point: short strings for lines redrawn on every drag.
 */
export function polyline(
	points: readonly (readonly [number, number])[],
	x: (v: number) => number,
	y: (v: number) => number,
	close = false
): string {
	let d = '';
	let lastX = NaN;
	let lastY = NaN;
	const last = points.length - 1;
	for (let i = 0; i <= last; i++) {
		const px = Math.round(x(points[i][0]) * 10) / 10;
		const py = Math.round(y(points[i][1]) * 10) / 10;
		const near = Math.abs(px - lastX) < MIN_STEP_PX && Math.abs(py - lastY) < MIN_STEP_PX;
		if (i > 0 && i < last && near) continue;
		d += `${i === 0 ? 'M' : 'L'}${px},${py}`;
		lastX = px;
		lastY = py;
	}
	return close && d !== '' ? `${d}Z` : d;
}
