/**
 * Sinusoidal positional encodings ("Attention Is All You Need", §3.5) and the linear map that
 * shifts them by k positions.
 */
import { checkSize } from './check-size';
import { matmul, transpose } from './linalg';

/**
 * The angular frequency of the pair (2i, 2i+1) in a dModel-wide encoding: ω_i = 1 / 10000^(2i/d).
 * Every sinusoid of the site (tables, waves, attention heads) takes its frequency from here.
 */
export function sinusoidFrequency(i: number, dModel: number): number {
	return 1 / Math.pow(10000, (2 * i) / dModel);
}

/**
 * length × dModel matrix with PE[pos][2i] = sin(pos·ω_i) and PE[pos][2i+1] = cos(pos·ω_i).
 * For odd dModel the last column is the sin term of a pair with no cos partner.
 */
export function sinusoidalPositionalEncoding(length: number, dModel: number): number[][] {
	checkSize('sinusoidalPositionalEncoding', 'length', length, 0);
	checkSize('sinusoidalPositionalEncoding', 'dModel', dModel, 1);
	return Array.from({ length }, (_, pos) =>
		Array.from({ length: dModel }, (_, c) => {
			const angle = pos * sinusoidFrequency(Math.floor(c / 2), dModel);
			return c % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
		})
	);
}

/**
 * PE·PEᵀ: entry [p][q] is the dot product of the encodings of positions p and q. For even
 * dModel it equals Σ_i cos((p − q)·ω_i), so it depends only on the offset p − q.
 */
export function positionalSimilarity(pe: number[][]): number[][] {
	return matmul(pe, transpose(pe));
}

/**
 * The dModel × dModel matrix M_k with PE[pos + k] = M_k · PE[pos] for every pos (k may be
 * negative). By the angle-addition formulas each (sin, cos) pair is rotated by k·ω_i:
 *   sin((p+k)ω) =  cos(kω)·sin(pω) + sin(kω)·cos(pω)
 *   cos((p+k)ω) = −sin(kω)·sin(pω) + cos(kω)·cos(pω)
 * so M_k is block-diagonal with 2×2 blocks [[cos, sin], [−sin, cos]]. It does not depend on pos,
 * which is why a head can learn "attend k tokens back" as a fixed linear map.
 * Throws for odd dModel: the unpaired last sin column has no cos partner, so no exact linear
 * shift exists.
 */
export function shiftMatrix(dModel: number, k: number): number[][] {
	checkSize('shiftMatrix', 'dModel', dModel, 1);
	if (dModel % 2 !== 0) {
		throw new Error(`shiftMatrix: dModel must be even for an exact shift, got ${dModel}`);
	}
	if (!Number.isFinite(k)) throw new Error(`shiftMatrix: k must be finite, got ${k}`);
	const M = Array.from({ length: dModel }, () => new Array<number>(dModel).fill(0));
	for (let i = 0; i < dModel / 2; i++) {
		const a = k * sinusoidFrequency(i, dModel);
		const c = Math.cos(a);
		const s = Math.sin(a);
		M[2 * i][2 * i] = c;
		M[2 * i][2 * i + 1] = s;
		M[2 * i + 1][2 * i] = -s;
		M[2 * i + 1][2 * i + 1] = c;
	}
	return M;
}
