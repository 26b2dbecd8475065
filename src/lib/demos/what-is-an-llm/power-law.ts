/**
 * A power law y = a·x^b fitted by least squares on log y against log x: the slope b of a straight
 * line on log–log axes.
 */
export function powerLawFit(points: readonly (readonly [number, number])[]): {
	a: number;
	b: number;
} {
	const n = points.length;
	if (n < 2) throw new Error('powerLawFit: needs at least two points');
	const lx = points.map(([x]) => Math.log(x));
	const ly = points.map(([, y]) => Math.log(y));
	const mx = lx.reduce((s, v) => s + v, 0) / n;
	const my = ly.reduce((s, v) => s + v, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (let i = 0; i < n; i++) {
		sxy += (lx[i] - mx) * (ly[i] - my);
		sxx += (lx[i] - mx) ** 2;
	}
	if (sxx === 0) throw new Error('powerLawFit: the x values are all the same');
	const b = sxy / sxx;
	return { a: Math.exp(my - b * mx), b };
}
