import { randomMatrix } from '$lib/math/linalg';
import { createRng } from '$lib/math/rng';

/**
 * A synthetic weight update ΔW (n × n) whose strength falls off by `decay` per direction:
 * ΔW = G · diag(1, decay, decay², …) · Hᵀ / n with G, H standard normal from `seed`. At decay 0
 * it has rank 1; at decay 1 its singular values are those of a random matrix. LoRA's premise is
 * that real updates look like the first (a low "intrinsic rank", Hu et al., 2021, §4 and §7).
 */
export function updateMatrix(n: number, seed: number, decay: number): number[][] {
	return scaledUpdate(updateFactors(n, seed), decay);
}

/** G and H of ΔW: they depend on the seed only, so dragging the decay draws them once. */
export function updateFactors(n: number, seed: number): { G: number[][]; H: number[][] } {
	const rng = createRng(seed);
	const G = randomMatrix(n, n, rng);
	const H = randomMatrix(n, n, rng);
	return { G, H };
}

/** ΔW = G · diag(1, decay, decay², …) · Hᵀ / n from its factors. */
export function scaledUpdate({ G, H }: { G: number[][]; H: number[][] }, decay: number) {
	const n = G.length;
	const weight = Array.from({ length: n }, (_, i) => decay ** i);
	return G.map((g) =>
		H.map((h) => {
			let x = 0;
			for (let i = 0; i < n; i++) x += g[i] * weight[i] * h[i];
			return x / n;
		})
	);
}

/** An entry or an error as the page writes it: four decimals, or three digits when tiny. */
export const formatEntry = (x: number) =>
	Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(2) : x.toFixed(4);
