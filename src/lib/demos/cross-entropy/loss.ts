/**
 * Cross-entropy of a softmax prediction against a target distribution, its gradient with respect
 * to the logits two ways (the closed form p − y and the autodiff engine), and one gradient step.
 * Losses are in nats (natural log), as training code reports them.
 */
import { crossEntropy as crossEntropyEngine, Tensor } from '$lib/math/autodiff';
import { crossEntropy as crossEntropyBits } from '$lib/math/information';
import { logSoftmax, softmax } from '$lib/math/softmax';

export const MIN_TOKENS = 2;
export const MAX_TOKENS = 8;
/** The range a logit may take (the URL codec clamps to it too). */
export const LOGIT_RANGE: readonly [number, number] = [-10, 10];

/** y = (1 − ε)·onehot(target) + ε/V: label smoothing spreads ε evenly over all V tokens. */
export function smoothedTarget(size: number, target: number, epsilon: number): number[] {
	return Array.from({ length: size }, (_, i) => (i === target ? 1 - epsilon : 0) + epsilon / size);
}

export type LossParts = {
	/** softmax(logits) */
	p: number[];
	/** The target distribution. */
	y: number[];
	/** −y_i log p_i per token, in nats (0 where y_i = 0). */
	terms: number[];
	/** Σ terms, in nats. */
	loss: number;
	/** ∂L/∂logits in closed form: p − y. */
	gradient: number[];
};

export function lossParts(logits: number[], target: number, epsilon: number): LossParts {
	const p = softmax(logits);
	const logp = logSoftmax(logits);
	const y = smoothedTarget(logits.length, target, epsilon);
	const terms = y.map((yi, i) => (yi > 0 ? -yi * logp[i] : 0));
	return {
		p,
		y,
		terms,
		loss: crossEntropyBits(y, p) * Math.LN2,
		gradient: p.map((pi, i) => pi - y[i])
	};
}

/**
 * The same loss built from the engine's operations, then backward(): crossEntropy against the
 * target token, mixed as PyTorch's label_smoothing does with the mean of −log p over all tokens.
 */
export function autodiffGradient(
	logits: number[],
	target: number,
	epsilon: number
): { loss: number; gradient: number[] } {
	const x = Tensor.from(logits, [1, logits.length], { requiresGrad: true });
	const hard = crossEntropyEngine(x, [target]);
	const loss =
		epsilon === 0
			? hard
			: hard
					.mul(Tensor.scalar(1 - epsilon))
					.add(x.logSoftmax().mean().mul(Tensor.scalar(-epsilon)));
	loss.backward();
	return { loss: loss.data[0], gradient: Array.from(x.grad!) };
}

/** Largest |a_i − b_i|. */
export const largestDifference = (a: number[], b: number[]) =>
	a.reduce((m, ai, i) => Math.max(m, Math.abs(ai - b[i])), 0);

/**
 * logits − rate · gradient, clamped to LOGIT_RANGE and rounded to three decimals so the link
 * stays short (the rounding moves the loss by far less than a step does).
 */
export function gradientStep(logits: number[], gradient: number[], rate: number): number[] {
	const [lo, hi] = LOGIT_RANGE;
	return logits.map((z, i) => {
		const next = Math.min(hi, Math.max(lo, z - rate * gradient[i]));
		return Math.round(next * 1000) / 1000;
	});
}

/** Logits with between MIN_TOKENS and MAX_TOKENS entries: a shorter link gets zeros. */
export function fitLogits(logits: readonly number[]): { logits: number[]; padded: boolean } {
	const fitted = [...logits];
	while (fitted.length < MIN_TOKENS) fitted.push(0);
	return { logits: fitted, padded: fitted.length !== logits.length };
}
