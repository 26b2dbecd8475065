/**
 * Dots as SVG path data, one string per colour group: `r`-radius circles (two arcs each) at
 * (x(pᵢ₀), y(pᵢ₁)), point i going to group[i]. One path per colour redraws hundreds of moving
 * dots by setting a handful of attributes.
 */
export function dotPaths(
	points: readonly (readonly [number, number])[],
	group: readonly number[],
	groups: number,
	x: (v: number) => number,
	y: (v: number) => number,
	r: number
): string[] {
	const parts = Array.from({ length: groups }, () => [] as string[]);
	points.forEach(([px, py], i) => {
		const cx = x(px);
		const cy = y(py);
		parts[group[i]]?.push(
			`M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
		);
	});
	return parts.map((p) => p.join(''));
}
