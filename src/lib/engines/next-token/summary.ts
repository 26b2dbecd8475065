/** What the sampling demos show of a distribution: its top tokens, sample counts, formula terms. */

/** Indices of the n largest values, largest first (ties: lower index first). */
export function topIndices(values: ArrayLike<number>, n: number): number[] {
	const order = Array.from({ length: values.length }, (_, i) => i);
	order.sort((a, b) => values[b] - values[a] || a - b);
	return order.slice(0, Math.max(0, n));
}

/** How often each index occurs among the samples. */
export function countSamples(samples: number[], size: number): number[] {
	const counts = new Array<number>(size).fill(0);
	for (const s of samples) counts[s]++;
	return counts;
}

/**
 * The terms of p_i = e^{z_i/T} / Σ_j e^{z_j/T}, computed with the largest logit subtracted
 * (the shift cancels, and keeps e^x finite).
 */
export function softmaxTerms(logits: number[], temperature: number, i: number) {
	const zMax = Math.max(...logits.filter((z) => z > -Infinity));
	let denominator = 0;
	for (const z of logits) denominator += Math.exp((z - zMax) / temperature);
	const numerator = Math.exp((logits[i] - zMax) / temperature);
	return { z: logits[i], zMax, numerator, denominator, p: numerator / denominator };
}
