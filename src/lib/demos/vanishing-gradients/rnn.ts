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
	/** ρ(W) measured on the matrix built. */
	radius: number;
	/** ‖∂h_T/∂h_t‖₂ for t = 0 … T. */
	norms: number[];
	/** ρ^{T−t} for t = 0 … T. */
	bound: number[];
	/** The share of state values h_t (t = 1 … T) with |h| > 0.9. */
	saturated: number;
};

/**
 * The same W and the same unit-scale noise for every σ (W is drawn first, then the noise, then
 * scaled by σ), so moving σ or ρ changes only what it names.
 */
export function rnnPicture(rho: number, len: number, sigma: number, seed: number): RnnPicture {
	const rng = createRng(seed ^ 0x7a11);
	const W = recurrentWeight(RNN_UNITS, rho, rng);
	const inputs = Array.from({ length: len }, () =>
		Array.from({ length: RNN_UNITS }, () => sigma * randomNormal(rng))
	);
	const states = rnnStates(W, inputs, new Array(RNN_UNITS).fill(0));
	const all = states.slice(1).flat();
	return {
		radius: symmetricSpectralRadius(W),
		norms: jacobianNorms(W, states),
		bound: states.map((_, t) => rho ** (len - t)),
		saturated: all.filter((h) => Math.abs(h) > 0.9).length / all.length
	};
}
