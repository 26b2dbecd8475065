/** Element-wise masks: fixed (maskedFill, e.g. causal attention) and random (dropout). */
import type { Rng } from '../../rng';
import { formatShape } from '../shape';
import { gradBuffer, record, type Tensor } from '../tensor';

/**
 * `value` where mask is true (non-zero), x elsewhere. The mask covers x's trailing elements and
 * repeats over the rest: a [T, T] causal mask onto scores [B, H, T, T]. Filled places pass no gradient.
 */
export function maskedFill(x: Tensor, mask: ArrayLike<number | boolean>, value: number): Tensor {
	const m = mask.length;
	if (m === 0 || x.size % m !== 0) {
		throw new Error(
			`maskedFill: a mask of ${m} entries does not tile a tensor of shape ${formatShape(x.shape)}`
		);
	}
	const filled = Uint8Array.from({ length: m }, (_, i) => (mask[i] ? 1 : 0));
	const out = new Float64Array(x.size);
	for (let base = 0; base < x.size; base += m) {
		for (let j = 0; j < m; j++) out[base + j] = filled[j] ? value : x.data[base + j];
	}
	return record('maskedFill', out, x.shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let base = 0; base < g.length; base += m) {
			for (let j = 0; j < m; j++) if (!filled[j]) gx[base + j] += g[base + j];
		}
	});
}

/**
 * Inverted dropout: each element is kept with probability 1 − p and scaled by 1/(1 − p), so the
 * expected value is unchanged and evaluation needs no rescaling. Draws one number per element
 * from rng (a seeded run replays the same mask). With training false or p = 0, returns x itself.
 */
export function dropout(x: Tensor, p: number, rng: Rng, training = true): Tensor {
	if (!(p >= 0 && p < 1)) throw new Error(`dropout: p must be in [0, 1), got ${p}`);
	if (!training || p === 0) return x;
	const scale = 1 / (1 - p);
	const factor = new Float64Array(x.size);
	const out = new Float64Array(x.size);
	for (let i = 0; i < x.size; i++) {
		factor[i] = rng() < p ? 0 : scale;
		out[i] = x.data[i] * factor[i];
	}
	return record('dropout', out, x.shape, [x], (g) => {
		const gx = gradBuffer(x)!;
		for (let i = 0; i < g.length; i++) gx[i] += g[i] * factor[i];
	});
}
