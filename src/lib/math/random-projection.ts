/**
 * A seeded random linear projection: the stand-in for a trained patch embedding. A Vision
 * Transformer maps each flattened patch x (D = P·P·C numbers) to a token vector x·E with a
 * learned D × d matrix E (Dosovitskiy et al., 2021, Eq. 1); here E is drawn at random from the
 * seed, entries N(0, 1/d), so that E‖xE‖² = ‖x‖² (Johnson–Lindenstrauss): it keeps distances
 * roughly, but knows nothing about what is in the image.
 */
import { mulberry32, randomNormal } from './rng';

export interface Projection {
	inDim: number;
	outDim: number;
	/** inDim × outDim, row-major. */
	weights: Float64Array;
}

export function randomProjection(inDim: number, outDim: number, seed: number): Projection {
	for (const [name, v] of [
		['inDim', inDim],
		['outDim', outDim]
	] as const) {
		if (!Number.isInteger(v) || v < 1) {
			throw new RangeError(`randomProjection: ${name} must be an integer ≥ 1, got ${v}`);
		}
	}
	const rng = mulberry32(seed);
	const scale = 1 / Math.sqrt(outDim);
	const weights = new Float64Array(inDim * outDim);
	for (let i = 0; i < weights.length; i++) weights[i] = randomNormal(rng) * scale;
	return { inDim, outDim, weights };
}

/** x · E for a row vector x of length inDim. */
export function project(x: ArrayLike<number>, { inDim, outDim, weights }: Projection): number[] {
	if (x.length !== inDim) {
		throw new RangeError(`project: x has ${x.length} numbers, the projection takes ${inDim}`);
	}
	const out = new Array<number>(outDim).fill(0);
	for (let i = 0; i < inDim; i++) {
		const xi = x[i];
		if (xi === 0) continue;
		const row = i * outDim;
		for (let j = 0; j < outDim; j++) out[j] += xi * weights[row + j];
	}
	return out;
}
