/** A probability as a percentage: one decimal, or a significant figure below 0.1%. */
export function percent(p: number): string {
	if (p > 0 && p < 0.001) return `${(p * 100).toPrecision(1)}%`;
	return `${(p * 100).toFixed(1)}%`;
}
