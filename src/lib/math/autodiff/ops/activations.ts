/**
 * Activation functions, element by element, with PyTorch's conventions at the kinks:
 * ReLU′(0) = 0 and leaky ReLU′(0) = α. Their closed forms for plotting are in ../../activation.ts.
 */
import { normalCdfInto } from '../../erf';
import type { Tensor } from '../tensor';
import { unary } from './unary';

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** tanh; d/dx = 1 − tanh². */
export function tanh(x: Tensor): Tensor {
	return unary(
		'tanh',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = Math.tanh(x[i]);
		},
		(g, _x, y, gx) => {
			for (let i = 0; i < y.length; i++) gx[i] += g[i] * (1 - y[i] * y[i]);
		}
	);
}

/** 1 / (1 + e^−x), computed without overflow for large |x|; d/dx = σ(1 − σ). */
export function sigmoid(x: Tensor): Tensor {
	return unary(
		'sigmoid',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) {
				const v = x[i];
				if (v >= 0) y[i] = 1 / (1 + Math.exp(-v));
				else {
					const e = Math.exp(v);
					y[i] = e / (1 + e);
				}
			}
		},
		(g, _x, y, gx) => {
			for (let i = 0; i < y.length; i++) gx[i] += g[i] * y[i] * (1 - y[i]);
		}
	);
}

export function relu(x: Tensor): Tensor {
	return unary(
		'relu',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) if (x[i] > 0) gx[i] += g[i];
		}
	);
}

/** x for x > 0, αx otherwise. */
export function leakyRelu(x: Tensor, alpha: number): Tensor {
	return unary(
		'leakyRelu',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = x[i] > 0 ? x[i] : alpha * x[i];
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) gx[i] += x[i] > 0 ? g[i] : alpha * g[i];
		}
	);
}

/** Exact GELU x·Φ(x); d/dx = Φ(x) + x·φ(x). Φ is kept from the forward pass for the backward. */
export function gelu(x: Tensor): Tensor {
	const cdf = new Float64Array(x.size);
	return unary(
		'gelu',
		x,
		(x, y) => {
			normalCdfInto(x, cdf);
			for (let i = 0; i < x.length; i++) y[i] = x[i] * cdf[i];
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) {
				const v = x[i];
				gx[i] += g[i] * (cdf[i] + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v));
			}
		}
	);
}

/** SiLU (swish) x·σ(x); d/dx = σ(x)·(1 + x·(1 − σ(x))). */
export function silu(x: Tensor): Tensor {
	return unary(
		'silu',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = x[i] / (1 + Math.exp(-x[i]));
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) {
				const s = 1 / (1 + Math.exp(-x[i]));
				gx[i] += g[i] * s * (1 + x[i] * (1 - s));
			}
		}
	);
}
