/**
 * a + b, a − b, a ⊙ b, a / b with broadcasting. The operand that was broadcast receives the sum
 * of the gradients of every element it fed (a bias [D] added to [N, D] gets the column sums).
 * Each operation walks its result as outer × inner blocks (see broadcastLayout), so one pair of
 * tight loops serves same shapes, scalars, biases and columns alike.
 */
import { broadcastLayout, broadcastShape, type BroadcastLayout } from '../shape';
import { asTensor, gradBuffer, record, type Data, type Tensor } from '../tensor';
import { expand } from './layout';

type Forward = (a: Data, b: Data, out: Data, l: BroadcastLayout) => void;
/** Adds into ga and gb (either may be null: that operand takes no gradient). */
type Backward = (
	g: Data,
	a: Data,
	b: Data,
	ga: Data | null,
	gb: Data | null,
	l: BroadcastLayout
) => void;

function binary(
	op: string,
	aIn: Tensor | number,
	bIn: Tensor | number,
	forward: Forward,
	backward: Backward
): Tensor {
	let a = asTensor(aIn);
	let b = asTensor(bIn);
	const shape = broadcastShape(op, a.shape, b.shape);
	let layout = broadcastLayout(a.shape, b.shape, shape);
	if (layout === null) {
		// A broadcast of three or more blocks: materialise both operands in the result's shape.
		a = expand(a, shape);
		b = expand(b, shape);
		layout = broadcastLayout(shape, shape, shape)!;
	}
	const l = layout;
	const out = new Float64Array(l.outer * l.inner);
	forward(a.data, b.data, out, l);
	return record(op, out, shape, [a, b], (g) =>
		backward(g, a.data, b.data, gradBuffer(a), gradBuffer(b), l)
	);
}

export function add(a: Tensor | number, b: Tensor | number): Tensor {
	return binary(
		'add',
		a,
		b,
		(a, b, out, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					out[i] = a[ia] + b[ib];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		},
		(g, _a, _b, ga, gb, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					if (ga) ga[ia] += g[i];
					if (gb) gb[ib] += g[i];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		}
	);
}

export function sub(a: Tensor | number, b: Tensor | number): Tensor {
	return binary(
		'sub',
		a,
		b,
		(a, b, out, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					out[i] = a[ia] - b[ib];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		},
		(g, _a, _b, ga, gb, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					if (ga) ga[ia] += g[i];
					if (gb) gb[ib] -= g[i];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		}
	);
}

export function mul(a: Tensor | number, b: Tensor | number): Tensor {
	return binary(
		'mul',
		a,
		b,
		(a, b, out, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					out[i] = a[ia] * b[ib];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		},
		(g, a, b, ga, gb, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					if (ga) ga[ia] += g[i] * b[ib];
					if (gb) gb[ib] += g[i] * a[ia];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		}
	);
}

export function div(a: Tensor | number, b: Tensor | number): Tensor {
	return binary(
		'div',
		a,
		b,
		(a, b, out, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					out[i] = a[ia] / b[ib];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		},
		(g, a, b, ga, gb, l) => {
			for (let o = 0, i = 0; o < l.outer; o++) {
				for (let j = 0, ia = o * l.aOuter, ib = o * l.bOuter; j < l.inner; j++, i++) {
					const q = g[i] / b[ib];
					if (ga) ga[ia] += q;
					if (gb) gb[ib] -= (q * a[ia]) / b[ib];
					ia += l.aInner;
					ib += l.bInner;
				}
			}
		}
	);
}
