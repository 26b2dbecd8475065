/**
 * Optimisers with PyTorch's update rules, so a learner's numbers match torch.optim step for step.
 * Each updates the parameters' data in place from their .grad (a parameter without one is skipped).
 */
import { integerPower } from '../integer-power';
import type { Tensor } from './tensor';

export interface Optimizer {
	step(): void;
	zeroGrad(): void;
}

function checkRate(name: string, lr: number): void {
	if (!(lr > 0) || !Number.isFinite(lr))
		throw new Error(`${name}: lr must be a finite number > 0, got ${lr}`);
}

export interface SGDOptions {
	lr: number;
	/** Velocity v ← μv + g, then p ← p − lr·v (default 0: plain gradient descent). */
	momentum?: number;
	/** L2 penalty added to the gradient: g ← g + λp (default 0). */
	weightDecay?: number;
}

export class SGD implements Optimizer {
	readonly params: Tensor[];
	lr: number;
	readonly momentum: number;
	readonly weightDecay: number;
	readonly #velocity: (Float64Array | null)[];

	constructor(params: Tensor[], { lr, momentum = 0, weightDecay = 0 }: SGDOptions) {
		checkRate('SGD', lr);
		this.params = params;
		this.lr = lr;
		this.momentum = momentum;
		this.weightDecay = weightDecay;
		this.#velocity = params.map(() => null);
	}

	step(): void {
		this.params.forEach((p, k) => {
			const g = p.grad;
			if (!g) return;
			const w = p.data;
			let v = this.#velocity[k];
			if (this.momentum !== 0 && v === null) {
				// PyTorch starts the velocity at the first gradient, not at zero.
				v = this.#velocity[k] = new Float64Array(w.length);
				for (let i = 0; i < w.length; i++) v[i] = g[i] + this.weightDecay * w[i];
				for (let i = 0; i < w.length; i++) w[i] -= this.lr * v[i];
				return;
			}
			for (let i = 0; i < w.length; i++) {
				let d = g[i] + this.weightDecay * w[i];
				if (v) d = v[i] = this.momentum * v[i] + d;
				w[i] -= this.lr * d;
			}
		});
	}

	zeroGrad(): void {
		for (const p of this.params) p.zeroGrad();
	}
}

export interface AdamOptions {
	lr?: number;
	betas?: [number, number];
	eps?: number;
	weightDecay?: number;
}

/**
 * Adam (Kingma & Ba): m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², p ← p − lr·m̂/(√v̂ + ε) with the
 * bias corrections m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ). weightDecay here is an L2 term added to g
 * (torch.optim.Adam); AdamW decays the weights directly instead.
 */
export class Adam implements Optimizer {
	readonly params: Tensor[];
	lr: number;
	readonly beta1: number;
	readonly beta2: number;
	readonly eps: number;
	readonly weightDecay: number;
	/** Steps taken so far (t in the bias corrections). */
	t = 0;
	readonly #m: Float64Array[];
	readonly #v: Float64Array[];
	protected readonly decoupled: boolean = false;

	constructor(
		params: Tensor[],
		{ lr = 1e-3, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0 }: AdamOptions = {}
	) {
		checkRate('Adam', lr);
		this.params = params;
		this.lr = lr;
		[this.beta1, this.beta2] = betas;
		this.eps = eps;
		this.weightDecay = weightDecay;
		this.#m = params.map((p) => new Float64Array(p.size));
		this.#v = params.map((p) => new Float64Array(p.size));
	}

	step(): void {
		this.t++;
		const { lr, beta1, beta2, eps, weightDecay } = this;
		const c1 = 1 - integerPower(beta1, this.t);
		const c2 = 1 - integerPower(beta2, this.t);
		this.params.forEach((p, k) => {
			const g = p.grad;
			if (!g) return;
			const w = p.data;
			const m = this.#m[k];
			const v = this.#v[k];
			for (let i = 0; i < w.length; i++) {
				let gi = g[i];
				if (this.decoupled) w[i] -= lr * weightDecay * w[i];
				else gi += weightDecay * w[i];
				m[i] = beta1 * m[i] + (1 - beta1) * gi;
				v[i] = beta2 * v[i] + (1 - beta2) * gi * gi;
				w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
			}
		});
	}

	zeroGrad(): void {
		for (const p of this.params) p.zeroGrad();
	}
}

/** AdamW (Loshchilov & Hutter): Adam whose weight decay shrinks p by lr·λ·p, apart from the gradient. Default λ = 0.01. */
export class AdamW extends Adam {
	protected override readonly decoupled = true;

	constructor(params: Tensor[], options: AdamOptions = {}) {
		super(params, { weightDecay: 0.01, ...options });
	}
}

/**
 * Scales every gradient by maxNorm / ‖g‖ when the global norm ‖g‖ (over all parameters)
 * exceeds maxNorm, as torch.nn.utils.clip_grad_norm_. Returns the norm before clipping.
 */
export function clipGradNorm(params: Tensor[], maxNorm: number): number {
	let sq = 0;
	for (const p of params) if (p.grad) for (let i = 0; i < p.grad.length; i++) sq += p.grad[i] ** 2;
	const norm = Math.sqrt(sq);
	if (norm > maxNorm) {
		const s = maxNorm / (norm + 1e-6);
		for (const p of params) if (p.grad) for (let i = 0; i < p.grad.length; i++) p.grad[i] *= s;
	}
	return norm;
}
