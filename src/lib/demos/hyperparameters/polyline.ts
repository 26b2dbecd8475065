/** An SVG path through points mapped to pixels, rounded to 0.1 px: short strings for lines redrawn on every drag. */
export function polyline(
	points: readonly (readonly [number, number])[],
	x: (v: number) => number,
	y: (v: number) => number,
	close = false
): string {
	let d = '';
	for (let i = 0; i < points.length; i++) {
		d += `${i === 0 ? 'M' : 'L'}${Math.round(x(points[i][0]) * 10) / 10},${Math.round(y(points[i][1]) * 10) / 10}`;
	}
	return close && d !== '' ? `${d}Z` : d;
}
