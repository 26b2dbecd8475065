/** The classic toy classification set: two interleaved half-moons in the plane, drawn from the seed. */
import { createRng, randomNormal } from './rng';

export const MOON_POINTS = 200;

/** Points (x, y) with labels 0 and 1: each moon is a half circle of radius 1, plus N(0, 0.15²) noise. */
export function twoMoons(seed: number, n = MOON_POINTS): { xs: number[]; labels: number[] } {
	const rng = createRng(seed);
	const xs: number[] = [];
	const labels: number[] = [];
	for (let i = 0; i < n; i++) {
		const label = i % 2;
		const angle = Math.PI * rng();
		const x = label === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
		const y = label === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
		xs.push(x - 0.5 + 0.15 * randomNormal(rng), y - 0.25 + 0.15 * randomNormal(rng));
		labels.push(label);
	}
	return { xs, labels };
}
