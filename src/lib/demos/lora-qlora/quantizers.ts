import { absmaxLevels, quantizeAbsmax, rootMeanSquareError } from '$lib/math/absmax-quant';
import { nf4BitsPerParameter, nf4Levels, quantizeNF4 } from '$lib/math/nf4';
import { createRng, randomNormal } from '$lib/math/rng';

/** `count` weights drawn from N(0, 0.02²), the spread of a typical initialised layer. */
export function normalWeights(count: number, seed: number): Float64Array {
	const rng = createRng(seed);
	return Float64Array.from({ length: count }, () => 0.02 * randomNormal(rng));
}

/**
 * NF4 beside uniform absmax 4-bit on the same weights and blocks: each weight divided by its
 * block's absmax (what the levels are placed against), each method's error and how often it
 * uses each level, and NF4's storage per weight with and without double quantisation.
 */
export function compareQuantizers(weights: ArrayLike<number>, blockSize: number) {
	const nf4 = quantizeNF4(weights, blockSize);
	const uniform = quantizeAbsmax(weights, 4, blockSize);
	const normalized = Float64Array.from({ length: weights.length }, (_, i) => {
		const scale = nf4.scales[Math.floor(i / blockSize)];
		return scale === 0 ? 0 : weights[i] / scale;
	});
	const nf4Use = new Array<number>(16).fill(0);
	for (const c of nf4.codes) nf4Use[c]++;
	const uniformUse = new Array<number>(absmaxLevels(4).length).fill(0);
	for (const k of uniform.codes) uniformUse[k + 7]++;
	return {
		normalized,
		nf4: { levels: nf4Levels(), use: nf4Use, rmse: rootMeanSquareError(weights, nf4.dequantized) },
		uniform: {
			levels: absmaxLevels(4),
			use: uniformUse,
			rmse: rootMeanSquareError(weights, uniform.dequantized)
		},
		bits: {
			single: nf4BitsPerParameter(blockSize, false),
			double: nf4BitsPerParameter(blockSize, true)
		}
	};
}
