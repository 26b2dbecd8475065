/**
 * softmax(q·kᵀ/√d + mask)·v in one operation, as PyTorch's F.scaled_dot_product_attention.
 * The same result as composing matmul, mul, maskedFill, softmax and matmul, but it keeps only
 * the attention weights between the passes instead of five score-sized arrays and their
 * gradients; measured on a 2-layer GPT step that allocation was a quarter of the time.
 *
 * Backward, per batch entry, with P the weights and dO the output's gradient:
 * dV = Pᵀ·dO, dP = dO·Vᵀ, dS = P ⊙ (dP − rowsum(dP ⊙ P)) / √d, dQ = dS·K, dK = dSᵀ·Q.
 */
import { matmulAdd, matmulTransposedAAdd, matmulTransposedBAdd } from '../kernels/matmul';
import { formatShape, sameShape, sizeOf } from '../shape';
import { gradBuffer, record, type Tensor } from '../tensor';

export interface AttentionOptions {
	/** Position i attends only to positions j ≤ i (decoder self-attention); needs as many keys as queries. */
	causal?: boolean;
	/** Receives the attention weights [..., Tq, Tk] once computed (to draw them; do not write). */
	onWeights?: (weights: Float64Array) => void;
	/**
	 * Query rows per block of the causal triangle, a multiple of 4 (see the kernels' order of
	 * sums); default 8. With Tq rows in one block, every product is computed in full.
	 */
	causalBlock?: number;
}

/** q [..., Tq, d], k [..., Tk, d], v [..., Tk, dv] with equal leading dimensions → [..., Tq, dv]. */
export function scaledDotProductAttention(
	q: Tensor,
	k: Tensor,
	v: Tensor,
	{ causal = false, onWeights, causalBlock = 8 }: AttentionOptions = {}
): Tensor {
	const lead = q.shape.slice(0, -2);
	const [tq, d] = q.shape.slice(-2);
	const [tk, dk] = k.shape.slice(-2);
	const dv = v.shape[v.ndim - 1];
	const ok =
		q.ndim >= 2 &&
		sameShape(k.shape, [...lead, tk, d]) &&
		dk === d &&
		sameShape(v.shape, [...lead, tk, dv]) &&
		(!causal || tq === tk) &&
		tk > 0;
	if (!ok) {
		throw new Error(
			`scaledDotProductAttention: q ${formatShape(q.shape)}, k ${formatShape(k.shape)} and v ${formatShape(v.shape)}` +
				' must be [..., Tq, d], [..., Tk, d] and [..., Tk, dv] with Tk ≥ 1 (and Tq = Tk when causal)'
		);
	}
	const batches = sizeOf(lead);
	const scale = 1 / Math.sqrt(d);
	const [sq, sk, sv, sp, so] = [tq * d, tk * d, tk * dv, tq * tk, tq * dv];
	// Causal attention works on blocks of query rows, each against the keys up to its last row:
	// the products above the diagonal (weights exactly 0) are never computed. Blocks of a multiple
	// of four rows keep every element's order of summation in the kernels, so the result is the
	// same to the last bit as the full products.
	const block = causal ? causalBlock : tq;
	const keysUpTo = (r0: number, rows: number) => (causal ? r0 + rows : tk);
	const weights = new Float64Array(batches * sp);
	const out = new Float64Array(batches * so);
	for (let b = 0; b < batches; b++) {
		const p = weights.subarray(b * sp, (b + 1) * sp);
		const qb = q.data.subarray(b * sq, (b + 1) * sq);
		const kb = k.data.subarray(b * sk, (b + 1) * sk);
		const vb = v.data.subarray(b * sv, (b + 1) * sv);
		const ob = out.subarray(b * so, (b + 1) * so);
		for (let r0 = 0; r0 < tq; r0 += block) {
			const rows = Math.min(block, tq - r0);
			const keys = keysUpTo(r0, rows);
			matmulTransposedBAdd(qb.subarray(r0 * d), kb, p.subarray(r0 * tk), rows, d, keys, tk);
		}
		for (let i = 0; i < tq; i++) {
			const row = i * tk;
			const seen = causal ? i + 1 : tk;
			let max = -Infinity;
			for (let j = 0; j < seen; j++) max = Math.max(max, p[row + j]);
			let total = 0;
			for (let j = 0; j < seen; j++) {
				const e = Math.exp((p[row + j] - max) * scale);
				p[row + j] = e;
				total += e;
			}
			for (let j = 0; j < seen; j++) p[row + j] /= total;
			for (let j = seen; j < tk; j++) p[row + j] = 0;
		}
		for (let r0 = 0; r0 < tq; r0 += block) {
			const rows = Math.min(block, tq - r0);
			const keys = keysUpTo(r0, rows);
			matmulAdd(p.subarray(r0 * tk), vb, ob.subarray(r0 * dv), rows, keys, dv, tk);
		}
	}
	onWeights?.(weights);
	return record('scaledDotProductAttention', out, [...lead, tq, dv], [q, k, v], (g) => {
		const [gq, gk, gv] = [gradBuffer(q), gradBuffer(k), gradBuffer(v)];
		const ds = new Float64Array(sp);
		for (let b = 0; b < batches; b++) {
			const p = weights.subarray(b * sp, (b + 1) * sp);
			const gOut = g.subarray(b * so, (b + 1) * so);
			const qb = q.data.subarray(b * sq, (b + 1) * sq);
			const kb = k.data.subarray(b * sk, (b + 1) * sk);
			const vb = v.data.subarray(b * sv, (b + 1) * sv);
			if (gv) {
				const gvb = gv.subarray(b * sv, (b + 1) * sv);
				for (let r0 = 0; r0 < tq; r0 += block) {
					const rows = Math.min(block, tq - r0);
					const keys = keysUpTo(r0, rows);
					matmulTransposedAAdd(
						p.subarray(r0 * tk),
						gOut.subarray(r0 * dv),
						gvb,
						rows,
						keys,
						dv,
						tk
					);
				}
			}
			if (!gq && !gk) continue;
			ds.fill(0);
			for (let r0 = 0; r0 < tq; r0 += block) {
				const rows = Math.min(block, tq - r0);
				const keys = keysUpTo(r0, rows);
				matmulTransposedBAdd(gOut.subarray(r0 * dv), vb, ds.subarray(r0 * tk), rows, dv, keys, tk);
			}
			for (let i = 0; i < tq; i++) {
				const row = i * tk;
				const seen = causal ? i + 1 : tk;
				let dot = 0;
				for (let j = 0; j < seen; j++) dot += ds[row + j] * p[row + j];
				for (let j = 0; j < seen; j++) ds[row + j] = p[row + j] * (ds[row + j] - dot) * scale;
				// Above the diagonal the weights are 0, and so is this gradient.
				for (let j = seen; j < tk; j++) ds[row + j] = 0;
			}
			for (let r0 = 0; r0 < tq; r0 += block) {
				const rows = Math.min(block, tq - r0);
				const keys = keysUpTo(r0, rows);
				if (gq)
					matmulAdd(ds.subarray(r0 * tk), kb, gq.subarray(b * sq + r0 * d), rows, keys, d, tk);
				if (gk)
					matmulTransposedAAdd(
						ds.subarray(r0 * tk),
						qb.subarray(r0 * d),
						gk.subarray(b * sk, (b + 1) * sk),
						rows,
						keys,
						d,
						tk
					);
			}
		}
	});
}
