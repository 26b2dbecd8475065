/** Matrix products, plain and batched, on the kernels of ../kernels/matmul.ts. */
import { matmulAdd, matmulTransposedAAdd, matmulTransposedBAdd } from '../kernels/matmul';
import { formatShape, sameShape, sizeOf } from '../shape';
import { gradBuffer, record, type Tensor } from '../tensor';

/**
 * [..., N, K] · [K, M] → [..., N, M] (the leading dimensions of a are rows sharing one weight
 * matrix, as a linear layer applies to a batch), or [..., N, K] · [..., K, M] with equal leading
 * dimensions (one product per batch entry, as attention does per head).
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
	if (a.ndim < 2 || b.ndim < 2) {
		throw new Error(
			`matmul: needs matrices, got shapes ${formatShape(a.shape)} and ${formatShape(b.shape)}`
		);
	}
	const k = a.shape[a.ndim - 1];
	const n = a.shape[a.ndim - 2];
	const m = b.shape[b.ndim - 1];
	const batched = b.ndim > 2;
	if (
		b.shape[b.ndim - 2] !== k ||
		(batched && !sameShape(a.shape.slice(0, -2), b.shape.slice(0, -2)))
	) {
		throw new Error(
			`matmul: cannot multiply ${formatShape(a.shape)} by ${formatShape(b.shape)}` +
				' (inner sizes must agree; b is [K, M] or has the same leading dimensions as a)'
		);
	}
	const rows = sizeOf(a.shape.slice(0, -1));
	const shape = [...a.shape.slice(0, -1), m];
	const out = new Float64Array(rows * m);
	if (!batched) {
		matmulAdd(a.data, b.data, out, rows, k, m);
		return record('matmul', out, shape, [a, b], (g) => {
			const ga = gradBuffer(a);
			const gb = gradBuffer(b);
			if (ga) matmulTransposedBAdd(g, b.data, ga, rows, m, k);
			if (gb) matmulTransposedAAdd(a.data, g, gb, rows, k, m);
		});
	}
	const batches = sizeOf(a.shape.slice(0, -2));
	const [sa, sb, sc] = [n * k, k * m, n * m];
	for (let t = 0; t < batches; t++) {
		matmulAdd(
			a.data.subarray(t * sa, (t + 1) * sa),
			b.data.subarray(t * sb, (t + 1) * sb),
			out.subarray(t * sc, (t + 1) * sc),
			n,
			k,
			m
		);
	}
	return record('matmul', out, shape, [a, b], (g) => {
		const ga = gradBuffer(a);
		const gb = gradBuffer(b);
		for (let t = 0; t < batches; t++) {
			const gt = g.subarray(t * sc, (t + 1) * sc);
			if (ga)
				matmulTransposedBAdd(
					gt,
					b.data.subarray(t * sb, (t + 1) * sb),
					ga.subarray(t * sa, (t + 1) * sa),
					n,
					m,
					k
				);
			if (gb)
				matmulTransposedAAdd(
					a.data.subarray(t * sa, (t + 1) * sa),
					gt,
					gb.subarray(t * sb, (t + 1) * sb),
					n,
					k,
					m
				);
		}
	});
}

/**
 * x·W + b in one operation, x [..., N, K], W [K, M], b [M]: the same bits as
 * x.matmul(w).add(b) (each element's products summed as matmul sums them, then its bias added),
 * without the product's array and its gradient in between.
 */
export function linear(x: Tensor, w: Tensor, b: Tensor): Tensor {
	const k = x.shape[x.ndim - 1];
	const m = w.shape[1];
	if (x.ndim < 2 || w.ndim !== 2 || w.shape[0] !== k || !sameShape(b.shape, [m])) {
		throw new Error(
			`linear: needs x [..., N, K], weight [K, M] and bias [M], got ${formatShape(x.shape)}, ${formatShape(w.shape)} and ${formatShape(b.shape)}`
		);
	}
	const rows = x.size / k;
	const out = new Float64Array(rows * m);
	matmulAdd(x.data, w.data, out, rows, k, m);
	const bias = b.data;
	for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < m; j++, i++) out[i] += bias[j];
	return record('linear', out, [...x.shape.slice(0, -1), m], [x, w, b], (g) => {
		const gb = gradBuffer(b);
		if (gb) for (let r = 0, i = 0; r < rows; r++) for (let j = 0; j < m; j++, i++) gb[j] += g[i];
		const gx = gradBuffer(x);
		const gw = gradBuffer(w);
		if (gx) matmulTransposedBAdd(g, w.data, gx, rows, m, k);
		if (gw) matmulTransposedAAdd(x.data, g, gw, rows, k, m);
	});
}
