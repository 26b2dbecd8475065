/**
 * Layer normalisation over the last axis: x̂ = (x − μ)/√(σ² + ε) per row (σ² the biased variance,
 * as PyTorch), then y = x̂ ⊙ weight + bias. The backward is the fused closed form
 * dx = (1/√(σ²+ε)) · (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂)), with ĝ = g ⊙ weight.
 */
import { formatShape, sameShape } from '../shape';
import { gradBuffer, record, type Tensor } from '../tensor';

export function layerNorm(x: Tensor, weight?: Tensor, bias?: Tensor, eps = 1e-5): Tensor {
	const d = x.ndim === 0 ? 0 : x.shape[x.ndim - 1];
	if (d === 0)
		throw new Error(`layerNorm: needs a non-empty last axis, got ${formatShape(x.shape)}`);
	for (const p of [weight, bias]) {
		if (p && !sameShape(p.shape, [d])) {
			throw new Error(
				`layerNorm: weight and bias must have shape [${d}], got ${formatShape(p.shape)}`
			);
		}
	}
	const rows = x.size / d;
	const xhat = new Float64Array(x.size);
	const invStd = new Float64Array(rows);
	const out = new Float64Array(x.size);
	const w = weight?.data;
	const b = bias?.data;
	for (let r = 0; r < rows; r++) {
		const base = r * d;
		let mu = 0;
		for (let j = 0; j < d; j++) mu += x.data[base + j];
		mu /= d;
		let v = 0;
		for (let j = 0; j < d; j++) v += (x.data[base + j] - mu) ** 2;
		const inv = 1 / Math.sqrt(v / d + eps);
		invStd[r] = inv;
		for (let j = 0; j < d; j++) {
			const h = (x.data[base + j] - mu) * inv;
			xhat[base + j] = h;
			out[base + j] = (w ? h * w[j] : h) + (b ? b[j] : 0);
		}
	}
	const inputs = [x, weight, bias].filter((t): t is Tensor => t !== undefined);
	return record('layerNorm', out, x.shape, inputs, (g) => {
		const gx = gradBuffer(x);
		const gw = weight ? gradBuffer(weight) : null;
		const gb = bias ? gradBuffer(bias) : null;
		for (let r = 0; r < rows; r++) {
			const base = r * d;
			let meanG = 0;
			let meanGH = 0;
			for (let j = 0; j < d; j++) {
				const gh = w ? g[base + j] * w[j] : g[base + j];
				meanG += gh;
				meanGH += gh * xhat[base + j];
				if (gw) gw[j] += g[base + j] * xhat[base + j];
				if (gb) gb[j] += g[base + j];
			}
			if (!gx) continue;
			meanG /= d;
			meanGH /= d;
			for (let j = 0; j < d; j++) {
				const gh = w ? g[base + j] * w[j] : g[base + j];
				gx[base + j] += invStd[r] * (gh - meanG - xhat[base + j] * meanGH);
			}
		}
	});
}
