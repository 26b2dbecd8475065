/** Powers, exponentials and logarithms, element by element. */
import type { Tensor } from '../tensor';
import { unary } from './unary';

/** x^p for a number p; d/dx = p·x^(p−1). */
export function pow(x: Tensor, p: number): Tensor {
	if (!Number.isFinite(p)) throw new Error(`pow: the exponent must be a finite number, got ${p}`);
	return unary(
		'pow',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = Math.pow(x[i], p);
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) gx[i] += g[i] * p * Math.pow(x[i], p - 1);
		}
	);
}

export function exp(x: Tensor): Tensor {
	return unary(
		'exp',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = Math.exp(x[i]);
		},
		(g, _x, y, gx) => {
			for (let i = 0; i < y.length; i++) gx[i] += g[i] * y[i];
		}
	);
}

/** The natural logarithm; d/dx = 1/x. */
export function log(x: Tensor): Tensor {
	return unary(
		'log',
		x,
		(x, y) => {
			for (let i = 0; i < x.length; i++) y[i] = Math.log(x[i]);
		},
		(g, x, _y, gx) => {
			for (let i = 0; i < x.length; i++) gx[i] += g[i] / x[i];
		}
	);
}
