/** Shuffling a sentence, and reading attention weights of the shuffled one in the original order. */
import { createRng, randomInt } from '$lib/math/rng';

/**
 * A seeded order of n tokens: perm[i] is the original index of the token now at position i.
 * Fisher–Yates; for n ≥ 2 never the identity (that would show nothing), so an identity draw is
 * rotated by one.
 */
export function seededPermutation(n: number, seed: number): number[] {
	const perm = Array.from({ length: n }, (_, i) => i);
	const rng = createRng(seed);
	for (let i = n - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		[perm[i], perm[j]] = [perm[j], perm[i]];
	}
	if (n >= 2 && perm.every((p, i) => p === i)) return perm.map((_, i) => (i + 1) % n);
	return perm;
}

/** The items in the new order: out[i] = items[perm[i]]. */
export function applyPermutation<T>(items: readonly T[], perm: readonly number[]): T[] {
	return perm.map((p) => items[p]);
}

/**
 * Weights computed on the shuffled sentence, put back in the original order:
 * back[perm[i]][perm[j]] = W[i][j], the weight the token now at i gives the token now at j.
 */
export function unshuffle(W: readonly (readonly number[])[], perm: readonly number[]): number[][] {
	const back = W.map((row) => row.map(() => 0));
	W.forEach((row, i) => row.forEach((w, j) => (back[perm[i]][perm[j]] = w)));
	return back;
}

/** The largest |A[i][j] − B[i][j]|. */
export function maxDifference(
	A: readonly (readonly number[])[],
	B: readonly (readonly number[])[]
): number {
	let max = 0;
	A.forEach((row, i) => row.forEach((a, j) => (max = Math.max(max, Math.abs(a - B[i][j])))));
	return max;
}
