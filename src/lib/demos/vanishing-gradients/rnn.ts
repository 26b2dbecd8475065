/** The RNN section's numbers: W of the chosen spectral radius, the seeded inputs, the Jacobian norms. */
import { createRng, randomNormal } from '$lib/math/rng';
import {
	jacobianNorms,
	recurrentWeight,
	rnnStates,
	symmetricSpectralRadius
} from '$lib/math/rnn-jacobian';
import { RNN_UNITS } from './params';

export type RnnPicture = {
	/** ρ(W): ρ times the spectral radius measured on the unit-radius W it scales. */
	radius: number;
	/** ‖∂h_T/∂h_t‖₂ for t = 0 … T. */
	norms: number[];
	/** ρ^{T−t} for t = 0 … T. */
	bound: number[];
	/** The share of state values h_t (t = 1 … T) with |h| > 0.9. */
	saturated: number;
};

type Draws = {
	seed: number;
	len: number;
	unitW: number[][];
	unitRadius: number;
	noise: number[][];
};
let last: Draws | null = null;

/**
 * What the seed alone decides, drawn once per seed and length: W scaled to spectral radius 1
 * (its eigenvalues cost more than the rest of a picture) and unit-scale noise, drawn after W.
 */
function draws(len: number, seed: number): Draws {
	if (last?.seed === seed && last.len === len) return last;
	const rng = createRng(seed ^ 0x7a11);
	const unitW = recurrentWeight(RNN_UNITS, 1, rng);
	const noise = Array.from({ length: len }, () =>
		Array.from({ length: RNN_UNITS }, () => randomNormal(rng))
	);
	last = { seed, len, unitW, unitRadius: symmetricSpectralRadius(unitW), noise };
	return last;
}

/**
 * The same W and the same unit-scale noise for every ρ and σ (W is drawn first, then the noise,
 * then scaled by ρ and σ), so moving σ or ρ changes only what it names.
 */
export function rnnPicture(rho: number, len: number, sigma: number, seed: number): RnnPicture {
	const { unitW, unitRadius, noise } = draws(len, seed);
	const W = unitW.map((row) => row.map((w) => w * rho));
	const inputs = noise.map((x) => x.map((z) => sigma * z));
	const states = rnnStates(W, inputs, new Array(RNN_UNITS).fill(0));
	const all = states.slice(1).flat();
	return {
		radius: rho * unitRadius,
		norms: jacobianNorms(W, states),
		bound: states.map((_, t) => rho ** (len - t)),
		saturated: all.filter((h) => Math.abs(h) > 0.9).length / all.length
	};
}
