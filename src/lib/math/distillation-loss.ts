/**
 * Knowledge distillation's loss (Hinton, Vinyals & Dean, 2015, "Distilling the Knowledge in a
 * Neural Network", §2): a student is trained on the teacher's probabilities softened at
 * temperature T, mixed with the ordinary cross-entropy on the hard labels,
 *
 *   L = α · T² · KL(p_T ‖ q_T) + (1 − α) · CE(labels, q_1),
 *
 * with p_T = softmax(teacher logits / T), q_T = softmax(student logits / T), means over the rows,
 * natural logarithms. The soft term's gradient with respect to a student logit is T·(q_T − p_T)/N:
 * without the T² factor it would be (q_T − p_T)/(T·N), which shrinks like 1/T² at high T (q − p
 * itself shrinks like 1/T), so the factor keeps the two terms' balance when T changes (§2).
 * KL rather than the soft cross-entropy: the same gradient, minus the teacher's entropy, so the
 * term is 0 when the student matches the teacher.
 */
import { crossEntropy, Tensor } from './autodiff';
import { softmaxFloat64 } from './softmax';

export type DistillationOptions = {
	/** The softmax temperature T > 0 of the soft term. */
	temperature: number;
	/** The soft term's weight α in [0, 1]: 0 trains on hard labels only, 1 on soft targets only. */
	alpha: number;
};

function checkOptions({ temperature, alpha }: DistillationOptions): void {
	if (!(temperature > 0) || !Number.isFinite(temperature)) {
		throw new Error(
			`distillationLoss: temperature must be a finite number > 0, got ${temperature}`
		);
	}
	if (!(alpha >= 0 && alpha <= 1)) {
		throw new Error(`distillationLoss: alpha must lie in [0, 1], got ${alpha}`);
	}
}

/** The teacher's soft targets: softmax(logits / T) of each row of `classes` logits. */
export function softTargets(
	logits: ArrayLike<number>,
	classes: number,
	temperature: number
): Float64Array {
	if (!Number.isInteger(classes) || classes < 1 || logits.length % classes !== 0) {
		throw new Error(`softTargets: ${logits.length} logits do not make rows of ${classes}`);
	}
	const out = new Float64Array(logits.length);
	for (let r = 0; r < logits.length; r += classes) {
		const row = Array.prototype.slice.call(logits, r, r + classes) as number[];
		out.set(softmaxFloat64(row, temperature), r);
	}
	return out;
}

/**
 * L = α·T²·KL(p_T ‖ q_T) + (1 − α)·CE(labels, q_1) for student logits [N, C] (a tensor that
 * records gradients), the teacher's logits (N·C numbers, held fixed) and the N hard labels.
 */
export function distillationLoss(
	studentLogits: Tensor,
	teacherLogits: ArrayLike<number>,
	labels: ArrayLike<number>,
	options: DistillationOptions
): Tensor {
	checkOptions(options);
	const { temperature: T, alpha } = options;
	const [n, classes] = studentLogits.shape;
	if (studentLogits.ndim !== 2 || teacherLogits.length !== studentLogits.size) {
		throw new Error(
			`distillationLoss: student logits [${studentLogits.shape}] and ${teacherLogits.length} teacher logits differ`
		);
	}
	const hard = () => crossEntropy(studentLogits, labels);
	if (alpha === 0) return hard();
	const p = softTargets(teacherLogits, classes, T);
	let negativeEntropy = 0;
	for (const v of p) if (v > 0) negativeEntropy += v * Math.log(v);
	// KL(p ‖ q) = Σ p log p − Σ p log q, averaged over the rows.
	const soft = studentLogits
		.mul(1 / T)
		.logSoftmax()
		.mul(Tensor.from(p, [n, classes]))
		.sum()
		.mul(-1)
		.add(negativeEntropy)
		.mul((T * T) / n);
	return alpha === 1 ? soft : soft.mul(alpha).add(hard().mul(1 - alpha));
}
