/**
 * Optimisers stepping a single 2-vector, with the update rules of torch.optim (and of the
 * autodiff engine's SGD and Adam), so that paths on a 2-D loss surface can be computed in
 * microseconds. Gradient noise, standing in for minibatch noise, comes from the seeded RNG.
 */
import { integerPower } from './integer-power';
import type { Surface, Vec2 } from './loss-surfaces';
import { createRng, randomNormal } from './rng';

export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'rmsprop' | 'adam';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = [
	'sgd',
	'momentum',
	'nesterov',
	'rmsprop',
	'adam'
];

export interface OptimizerSettings {
	lr: number;
	/** μ of momentum and Nesterov. */
	momentum: number;
	/** Adam's β₁ (decay of the mean gradient). */
	beta1: number;
	/** Adam's β₂ (decay of the mean squared gradient); RMSProp's α too. */
	beta2: number;
	eps: number;
}

/** The optimiser's memory: velocity or first moment m, second moment v, steps taken t. */
export interface StepperState {
	p: Vec2;
	m: Vec2;
	v: Vec2;
	t: number;
}

export const startState = (p: Vec2): StepperState => ({ p, m: [0, 0], v: [0, 0], t: 0 });

/** One update of `name` from gradient g at state.p. */
export function optimizerStep(
	name: OptimizerName,
	o: OptimizerSettings,
	state: StepperState,
	g: Vec2
): StepperState {
	const { p, m, v } = state;
	const t = state.t + 1;
	const next = (f: (i: 0 | 1) => number): Vec2 => [f(0), f(1)];
	switch (name) {
		case 'sgd':
			return { p: next((i) => p[i] - o.lr * g[i]), m, v, t };
		case 'momentum':
		case 'nesterov': {
			// torch.optim.SGD: buf ← μ·buf + g (buf starts at g, which is the same as from 0).
			const buf = next((i) => o.momentum * m[i] + g[i]);
			const d = name === 'momentum' ? buf : next((i) => g[i] + o.momentum * buf[i]);
			return { p: next((i) => p[i] - o.lr * d[i]), m: buf, v, t };
		}
		case 'rmsprop': {
			const sq = next((i) => o.beta2 * v[i] + (1 - o.beta2) * g[i] * g[i]);
			return { p: next((i) => p[i] - (o.lr * g[i]) / (Math.sqrt(sq[i]) + o.eps)), m, v: sq, t };
		}
		case 'adam': {
			const m1 = next((i) => o.beta1 * m[i] + (1 - o.beta1) * g[i]);
			const v1 = next((i) => o.beta2 * v[i] + (1 - o.beta2) * g[i] * g[i]);
			const c1 = 1 - integerPower(o.beta1, t);
			const c2 = 1 - integerPower(o.beta2, t);
			return {
				p: next((i) => p[i] - (o.lr * (m1[i] / c1)) / (Math.sqrt(v1[i] / c2) + o.eps)),
				m: m1,
				v: v1,
				t
			};
		}
	}
}

/** Beyond this distance from the origin a path is called diverged and stops. */
export const DIVERGED = 1e6;

export interface Path {
	points: Vec2[];
	losses: number[];
	/** True when the path ran off (non-finite or beyond DIVERGED) before its last step. */
	diverged: boolean;
}

/**
 * The first `count` standard normal draws of `seed`, in order. Cached for the last seed: every
 * optimiser and every start point takes the same draws, and a drag moves only the start.
 */
let drawsSeed = NaN;
let draws = new Float64Array(0);
function normalDraws(seed: number, count: number): Float64Array {
	if (seed !== drawsSeed || draws.length < count) {
		const rng = createRng(seed);
		draws = new Float64Array(count);
		for (let i = 0; i < count; i++) draws[i] = randomNormal(rng);
		drawsSeed = seed;
	}
	return draws;
}

/**
 * The path of `steps` updates from `start`. With noise σ > 0 each gradient gets σ·N(0, I) added,
 * drawn from `seed`: the same seed gives the same noise to every optimiser, step for step.
 */
export function optimizerPath(
	name: OptimizerName,
	settings: OptimizerSettings,
	surface: Surface,
	start: Vec2,
	steps: number,
	noise = 0,
	seed = 0
): Path {
	const z = noise > 0 ? normalDraws(seed, 2 * steps) : undefined;
	let state = startState(start);
	const points: Vec2[] = [start];
	const losses = [surface.value(start)];
	for (let k = 0; k < steps; k++) {
		const g = surface.gradient(state.p);
		if (z) {
			g[0] += noise * z[2 * k];
			g[1] += noise * z[2 * k + 1];
		}
		state = optimizerStep(name, settings, state, g);
		const [x, y] = state.p;
		if (!(Math.abs(x) < DIVERGED && Math.abs(y) < DIVERGED)) {
			return { points, losses, diverged: true };
		}
		points.push(state.p);
		losses.push(surface.value(state.p));
	}
	return { points, losses, diverged: false };
}
