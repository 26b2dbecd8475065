/**
 * The tensor of the reverse-mode engine: a flat row-major Float64Array with a shape, and, when it
 * was computed from tensors that require gradients, the operation that made it (`op`), its
 * `inputs`, and a closure that pushes its gradient back to them. backward() on a scalar orders
 * the recorded graph topologically and runs those closures from the output back to the leaves.
 *
 * Storage is float64: V8 computes in doubles either way, and measured on this machine float32
 * arrays were no faster for matmul (each load and store converts), while finite-difference checks
 * need the precision. The declared type admits Float32Array so a float32 mode could come later.
 *
 * The operations live in ops/ by family; the methods here only forward to them, so the class
 * reads like the PyTorch API (x.matmul(w).add(b).tanh()). The ops import this class to build
 * their results: the cycle is only between function bodies, never at module load.
 */
import type { Rng } from '../rng';
import { isGradEnabled } from './grad-mode';
import { add, div, mul, sub } from './ops/elementwise';
import { gelu, leakyRelu, relu, sigmoid, silu, tanh } from './ops/activations';
import { exp, log, pow } from './ops/math';
import { matmul } from './ops/matmul';
import { mean, sum } from './ops/reduce';
import { logSoftmax, softmax } from './ops/softmax';
import { expand, gatherRows, narrow, reshape, transpose } from './ops/layout';
import { dropout, maskedFill } from './ops/mask';
import { layerNorm } from './ops/layer-norm';
import { checkShape, formatShape, sizeOf } from './shape';

export type Data = Float32Array | Float64Array;
/** Pushes the output's gradient into the inputs' .grad (adding, never overwriting). */
export type BackwardFn = (grad: Data) => void;

export interface TensorOptions {
	requiresGrad?: boolean;
	/** A label for drawings of the graph (graph() reports it). */
	name?: string;
}

let nextId = 0;
/** Gradient arrays free for reuse, by length, during a backward({ retainGrads: false }). */
let recycled: Map<number, Data[]> | null = null;

export class Tensor {
	readonly shape: readonly number[];
	readonly data: Float32Array | Float64Array;
	grad: Float32Array | Float64Array | null = null;
	readonly requiresGrad: boolean;
	/** The operation that computed this tensor ('add', 'matmul', …), null for a leaf. */
	readonly op: string | null;
	/** The tensors `op` read, in argument order; empty for a leaf. */
	readonly inputs: readonly Tensor[];
	/** A number unique in this session, in creation order (inputs always have smaller ids). */
	readonly id = nextId++;
	name: string | undefined;
	readonly #backward: BackwardFn | null;

	/** Use Tensor.from or an operation; this constructor takes `data` as it is, without copying. */
	constructor(
		data: Float32Array | Float64Array,
		shape: readonly number[],
		options: TensorOptions = {},
		recorded: { op: string; inputs: readonly Tensor[]; backward: BackwardFn } | null = null
	) {
		checkShape('Tensor', shape);
		if (sizeOf(shape) !== data.length) {
			throw new Error(
				`Tensor: shape ${formatShape(shape)} holds ${sizeOf(shape)} values, data has ${data.length}`
			);
		}
		this.data = data;
		this.shape = Object.freeze([...shape]);
		this.name = options.name;
		this.requiresGrad = recorded !== null || (options.requiresGrad ?? false);
		this.op = recorded?.op ?? null;
		this.inputs = recorded?.inputs ?? [];
		this.#backward = recorded?.backward ?? null;
	}

	/** A new tensor holding a float64 copy of `values` (row-major) in `shape`. */
	static from(
		values: ArrayLike<number>,
		shape: number[],
		options: { requiresGrad?: boolean; name?: string } = {}
	): Tensor {
		return new Tensor(Float64Array.from(values), shape, options);
	}

	static zeros(shape: number[], options: TensorOptions = {}): Tensor {
		return new Tensor(new Float64Array(sizeOf(shape)), shape, options);
	}

	/** A tensor of shape [] holding one number. */
	static scalar(value: number, options: TensorOptions = {}): Tensor {
		return new Tensor(Float64Array.of(value), [], options);
	}

	get size(): number {
		return this.data.length;
	}

	get ndim(): number {
		return this.shape.length;
	}

	get isLeaf(): boolean {
		return this.op === null;
	}

	/** The value of a one-element tensor. */
	item(): number {
		if (this.size !== 1) {
			throw new Error(`item: the tensor has shape ${formatShape(this.shape)}, not one element`);
		}
		return this.data[0];
	}

	/** The values as a plain array (row-major). */
	toArray(): number[] {
		return Array.from(this.data);
	}

	/** The same values, cut from the graph: nothing flows back through the result. */
	detach(): Tensor {
		return new Tensor(this.data, this.shape);
	}

	/** Sets .grad to zeros (keeping its memory), as optimiser.zeroGrad() does for every parameter. */
	zeroGrad(): void {
		this.grad?.fill(0);
	}

	/**
	 * Back-propagates from this one-element tensor: every tensor in its graph that requires
	 * gradients gets ∂this/∂tensor added into .grad. Leaves accumulate across calls (call
	 * zeroGrad between steps); the gradients of intermediate results are recomputed each call.
	 *
	 * With retainGrads false (PyTorch's default), an intermediate result's gradient is recycled
	 * as soon as it has been passed on, and its .grad is left null: training loops allocate far
	 * less. The default keeps every gradient so a drawing of the graph can show them.
	 */
	backward({ retainGrads = true }: { retainGrads?: boolean } = {}): void {
		if (this.size !== 1) {
			throw new Error(
				`backward: the output has shape ${formatShape(this.shape)}; reduce it to one value first (e.g. .sum() or .mean())`
			);
		}
		if (!this.requiresGrad) {
			throw new Error(
				'backward: this tensor does not require gradients (no input had requiresGrad, or it was computed inside noGrad)'
			);
		}
		const order = topologicalOrder(this);
		// Intermediate gradients start afresh; gradBuffer allocates each when something flows in.
		for (const node of order) if (node.#backward !== null) node.grad = null;
		gradBuffer(this)![0] += 1;
		recycled = retainGrads ? null : new Map();
		try {
			for (let i = order.length - 1; i >= 0; i--) {
				const node = order[i];
				if (node.#backward === null || node.grad === null) continue;
				node.#backward(node.grad);
				if (recycled && node !== this) {
					// Every consumer of node ran before it (reverse topological order): nothing reads this again.
					const free = recycled.get(node.grad.length);
					if (free) free.push(node.grad);
					else recycled.set(node.grad.length, [node.grad]);
					node.grad = null;
				}
			}
		} finally {
			recycled = null;
		}
	}

	// Element-wise arithmetic with broadcasting (a number counts as a scalar tensor).
	add(other: Tensor | number): Tensor {
		return add(this, other);
	}
	sub(other: Tensor | number): Tensor {
		return sub(this, other);
	}
	mul(other: Tensor | number): Tensor {
		return mul(this, other);
	}
	div(other: Tensor | number): Tensor {
		return div(this, other);
	}
	/** Each element to the power `exponent` (a number). */
	pow(exponent: number): Tensor {
		return pow(this, exponent);
	}
	exp(): Tensor {
		return exp(this);
	}
	log(): Tensor {
		return log(this);
	}

	// Activations.
	tanh(): Tensor {
		return tanh(this);
	}
	relu(): Tensor {
		return relu(this);
	}
	leakyRelu(alpha = 0.01): Tensor {
		return leakyRelu(this, alpha);
	}
	sigmoid(): Tensor {
		return sigmoid(this);
	}
	/** Exact GELU, x·Φ(x) (PyTorch's default, approximate='none'). */
	gelu(): Tensor {
		return gelu(this);
	}
	silu(): Tensor {
		return silu(this);
	}

	/** [..., N, K] · [K, M] or [..., N, K] · [..., K, M] (same leading dimensions) → [..., N, M]. */
	matmul(other: Tensor): Tensor {
		return matmul(this, other);
	}

	/** The sum of every element (shape []), or along `axis` (dropped unless keepDim). */
	sum(axis?: number, keepDim = false): Tensor {
		return sum(this, axis, keepDim);
	}
	/** The mean of every element (shape []), or along `axis` (dropped unless keepDim). */
	mean(axis?: number, keepDim = false): Tensor {
		return mean(this, axis, keepDim);
	}

	/** Softmax along the last axis, stable (the row maximum is subtracted first). */
	softmax(): Tensor {
		return softmax(this);
	}
	/** log softmax along the last axis, as x − logsumexp(x), exact for tiny probabilities. */
	logSoftmax(): Tensor {
		return logSoftmax(this);
	}

	/** The same data in a new shape; one entry may be −1 (inferred). Shares the data, copies nothing. */
	reshape(shape: number[]): Tensor {
		return reshape(this, shape);
	}
	/** Swaps two axes (by default the last two: a matrix transpose); copies. */
	transpose(axis0 = -2, axis1 = -1): Tensor {
		return transpose(this, axis0, axis1);
	}
	/** The slice start … start+length−1 along `axis` (PyTorch's narrow). */
	narrow(axis: number, start: number, length: number): Tensor {
		return narrow(this, axis, start, length);
	}
	/** Broadcasts to `shape` (size-1 or missing leading dimensions repeat), copying. */
	expand(shape: number[]): Tensor {
		return expand(this, shape);
	}
	/** Rows of this [V, D] matrix picked by id: [ids.length, D]; an embedding lookup. */
	gatherRows(ids: ArrayLike<number>): Tensor {
		return gatherRows(this, ids);
	}
	/**
	 * `value` wherever mask is true (non-zero), this tensor elsewhere; the mask has this tensor's
	 * trailing shape and repeats over the leading dimensions (a causal mask [T, T] onto [B, H, T, T]).
	 */
	maskedFill(mask: ArrayLike<number | boolean>, value: number): Tensor {
		return maskedFill(this, mask, value);
	}
	/** Inverted dropout: zeroes each element with probability p, scales the rest by 1/(1 − p). */
	dropout(p: number, rng: Rng, training = true): Tensor {
		return dropout(this, p, rng, training);
	}
	/** Normalises the last axis to mean 0 and variance 1, then scales by weight and shifts by bias. */
	layerNorm(weight?: Tensor, bias?: Tensor, eps = 1e-5): Tensor {
		return layerNorm(this, weight, bias, eps);
	}
}

/** Every tensor the graph of `root` reaches, each after its inputs; iterative, so deep graphs do not overflow the stack. */
export function topologicalOrder(root: Tensor): Tensor[] {
	const order: Tensor[] = [];
	const seen = new Set<Tensor>([root]);
	const stack: Tensor[] = [root];
	const next: number[] = [0];
	while (stack.length > 0) {
		const top = stack.length - 1;
		const node = stack[top];
		const i = next[top];
		if (i < node.inputs.length) {
			next[top] = i + 1;
			const input = node.inputs[i];
			if (!seen.has(input)) {
				seen.add(input);
				stack.push(input);
				next.push(0);
			}
		} else {
			stack.pop();
			next.pop();
			order.push(node);
		}
	}
	return order;
}

/** t's gradient buffer (allocated as zeros when missing), or null when t takes no gradient. */
export function gradBuffer(t: Tensor): Data | null {
	if (!t.requiresGrad) return null;
	if (t.grad === null) {
		const reused = recycled?.get(t.size)?.pop();
		t.grad = reused ? reused.fill(0) : new Float64Array(t.size);
	}
	return t.grad;
}

/**
 * The result of an operation: recorded with its inputs and backward closure when recording is
 * on and some input requires gradients, a plain tensor otherwise.
 */
export function record(
	op: string,
	data: Data,
	shape: readonly number[],
	inputs: readonly Tensor[],
	backward: BackwardFn
): Tensor {
	const tracked = isGradEnabled() && inputs.some((t) => t.requiresGrad);
	return new Tensor(data, shape, {}, tracked ? { op, inputs, backward } : null);
}

/** A number as a scalar tensor, a tensor as itself. */
export function asTensor(x: Tensor | number): Tensor {
	return typeof x === 'number' ? Tensor.scalar(x) : x;
}
