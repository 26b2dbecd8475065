/** Loss functions, each fused into one operation with a closed-form gradient. */
import { logSumExp } from './ops/softmax';
import { formatShape } from './shape';
import { gradBuffer, record, type Tensor } from './tensor';

/**
 * Mean cross-entropy (natural log) of logits [N, V] against class ids: −(1/N) Σ log softmax(x_n)[t_n],
 * as PyTorch's F.cross_entropy. Logits [..., V] count their leading dimensions as N rows.
 * Gradient: (softmax(x_n) − onehot(t_n)) / N.
 */
export function crossEntropy(logits: Tensor, targets: ArrayLike<number>): Tensor {
	const v = logits.ndim === 0 ? 0 : logits.shape[logits.ndim - 1];
	const n = v === 0 ? 0 : logits.size / v;
	if (logits.ndim < 2 || v === 0 || n === 0) {
		throw new Error(
			`crossEntropy: needs logits [N, V] with N, V ≥ 1, got ${formatShape(logits.shape)}`
		);
	}
	if (targets.length !== n) {
		throw new Error(`crossEntropy: ${n} rows of logits but ${targets.length} targets`);
	}
	const classes = Int32Array.from(targets, (t, i) => {
		if (!Number.isInteger(t) || t < 0 || t >= v) {
			throw new Error(`crossEntropy: targets[${i}] = ${t} is not a class id in 0 … ${v - 1}`);
		}
		return t;
	});
	// Only each row's log-sum-exp is kept: log p = x − lse is recomputed where needed, to the same
	// bits, instead of storing a log-probability array as large as the logits.
	const x = logits.data;
	const lse = new Float64Array(n);
	let total = 0;
	for (let r = 0; r < n; r++) {
		lse[r] = logSumExp(x, r * v, v);
		total -= x[r * v + classes[r]] - lse[r];
	}
	return record('crossEntropy', Float64Array.of(total / n), [], [logits], (g) => {
		const gx = gradBuffer(logits)!;
		const scale = g[0] / n;
		for (let r = 0; r < n; r++) {
			const base = r * v;
			const shift = lse[r];
			for (let j = 0; j < v; j++) gx[base + j] += scale * Math.exp(x[base + j] - shift);
			gx[base + classes[r]] -= scale;
		}
	});
}

/**
 * Mean binary cross-entropy of logits against labels in [0, 1], computed from the logits
 * (max(x, 0) − x·y + log(1 + e^−|x|)) so large |x| neither overflows nor loses precision.
 * Gradient: (σ(x) − y) / N. As PyTorch's binary_cross_entropy_with_logits.
 */
export function binaryCrossEntropyWithLogits(logits: Tensor, labels: ArrayLike<number>): Tensor {
	const n = logits.size;
	if (labels.length !== n || n === 0) {
		throw new Error(`binaryCrossEntropyWithLogits: ${n} logits but ${labels.length} labels`);
	}
	const y = Float64Array.from(labels);
	let total = 0;
	for (let i = 0; i < n; i++) {
		const x = logits.data[i];
		total += Math.max(x, 0) - x * y[i] + Math.log1p(Math.exp(-Math.abs(x)));
	}
	return record('binaryCrossEntropy', Float64Array.of(total / n), [], [logits], (g) => {
		const gx = gradBuffer(logits)!;
		for (let i = 0; i < n; i++) {
			const x = logits.data[i];
			const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
			gx[i] += (g[0] * (s - y[i])) / n;
		}
	});
}

/** Mean squared error (1/N) Σ (x − y)² against targets of the same size. */
export function mseLoss(predictions: Tensor, targets: ArrayLike<number>): Tensor {
	const n = predictions.size;
	if (targets.length !== n || n === 0) {
		throw new Error(`mseLoss: ${n} predictions but ${targets.length} targets`);
	}
	let total = 0;
	for (let i = 0; i < n; i++) total += (predictions.data[i] - targets[i]) ** 2;
	return record('mse', Float64Array.of(total / n), [], [predictions], (g) => {
		const gx = gradBuffer(predictions)!;
		for (let i = 0; i < n; i++) gx[i] += (2 * g[0] * (predictions.data[i] - targets[i])) / n;
	});
}
