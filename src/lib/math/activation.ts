/**
 * Activation functions and their derivatives in closed form, for plotting and for checking the
 * autodiff engine. At the kinks they follow PyTorch: ReLU′(0) = 0, leaky ReLU′(0) = α.
 */
import { normalCdf, normalPdf } from './erf';

export const ACTIVATION_NAMES = ['relu', 'leakyRelu', 'gelu', 'silu', 'sigmoid', 'tanh'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

/** The slope of leaky ReLU for x < 0 when none is given (PyTorch's negative_slope). */
export const DEFAULT_LEAKY_SLOPE = 0.01;

function sigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

/** f(x) for the named activation; alpha is leaky ReLU's negative slope (ignored by the others). */
export function activation(name: ActivationName, x: number, alpha = DEFAULT_LEAKY_SLOPE): number {
	switch (name) {
		case 'relu':
			return x > 0 ? x : 0;
		case 'leakyRelu':
			return x > 0 ? x : alpha * x;
		case 'gelu':
			return x * normalCdf(x);
		case 'silu':
			return x * sigmoid(x);
		case 'sigmoid':
			return sigmoid(x);
		case 'tanh':
			return Math.tanh(x);
		default:
			throw new Error(
				`activation: unknown name ${String(name)}; use one of ${ACTIVATION_NAMES.join(', ')}`
			);
	}
}

/** f′(x) for the named activation (GELU: Φ(x) + x·φ(x); SiLU: σ(x)(1 + x(1 − σ(x)))). */
export function activationDerivative(
	name: ActivationName,
	x: number,
	alpha = DEFAULT_LEAKY_SLOPE
): number {
	switch (name) {
		case 'relu':
			return x > 0 ? 1 : 0;
		case 'leakyRelu':
			return x > 0 ? 1 : alpha;
		case 'gelu':
			return normalCdf(x) + x * normalPdf(x);
		case 'silu': {
			const s = sigmoid(x);
			return s * (1 + x * (1 - s));
		}
		case 'sigmoid': {
			const s = sigmoid(x);
			return s * (1 - s);
		}
		case 'tanh': {
			const t = Math.tanh(x);
			return 1 - t * t;
		}
		default:
			throw new Error(
				`activationDerivative: unknown name ${String(name)}; use one of ${ACTIVATION_NAMES.join(', ')}`
			);
	}
}
