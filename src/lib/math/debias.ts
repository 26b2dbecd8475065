/**
 * Hard debiasing of word vectors (Bolukbasi, Chang, Zou, Saligrama & Kalai, 2016, "Man is to
 * Computer Programmer as Woman is to Homemaker? Debiasing Word Embeddings", NeurIPS, §5): find a
 * bias direction g from defining pairs (he–she, man–woman, …), then
 *
 * - neutralise a word that should carry no gender: remove its component along g, w ← (w − (w·g)g)
 *   / ‖w − (w·g)g‖, so it is orthogonal to g;
 * - equalise each defining pair: with μ = (a + b)/2 and ν = μ − (μ·g)g, move both words to
 *   ν ± √(1 − ‖ν‖²)·g, so they differ only along g and every neutral word is equally far from both.
 *
 * Vectors are unit length throughout (as the paper assumes); g is one direction (their subspace B
 * with k = 1).
 */
import { dot, norm } from './linalg';
import { pca } from './pca';

type Pair = readonly [number[], number[]];

/**
 * The first principal component of the pairs' members centred on their own pair mean (the paper's
 * step "identify gender subspace" with k = 1), as a unit vector signed so that the first members
 * (he, man, …) lie on its positive side on average.
 */
export function biasDirection(pairs: readonly Pair[]): number[] {
	if (pairs.length === 0) throw new Error('biasDirection: no defining pairs');
	const centred = pairs.flatMap(([a, b]) => {
		const half = a.map((x, i) => (x - b[i]) / 2);
		return [half, half.map((x) => -x)];
	});
	const g = pca(centred).components[0];
	const side = pairs.reduce((s, [a, b]) => s + dot(a, g) - dot(b, g), 0);
	return side < 0 ? g.map((x) => -x) : g;
}

/** w·g: where w stands along the (unit) bias direction; the cosine for unit w. */
export function projection(w: number[], g: number[]): number {
	return dot(w, g);
}

/** w without its component along g, scaled back to unit length (the zero vector stays zero). */
export function neutralize(w: number[], g: number[]): number[] {
	const along = dot(w, g);
	let rest = w.map((x, i) => x - along * g[i]);
	// For w close to ±g the rest is small and its rounding error, once scaled to unit length, is
	// not: a second pass ("twice is enough") makes it orthogonal to g again.
	const again = dot(rest, g);
	rest = rest.map((x, i) => x - again * g[i]);
	const n = norm(rest);
	return n > 1e-12 ? rest.map((x) => x / n) : rest.map(() => 0);
}

/**
 * The equalised pair: both unit length, the same away from g, mirror images along g. The first
 * word keeps the side of g it was on relative to the second (the first side when they tie).
 */
export function equalize(a: number[], b: number[], g: number[]): [number[], number[]] {
	const mu = a.map((x, i) => (x + b[i]) / 2);
	const muB = dot(mu, g);
	const nu = mu.map((x, i) => x - muB * g[i]);
	const height = Math.sqrt(Math.max(0, 1 - dot(nu, nu)));
	const sign = dot(a, g) - muB >= 0 ? 1 : -1;
	return [nu.map((x, i) => x + sign * height * g[i]), nu.map((x, i) => x - sign * height * g[i])];
}
