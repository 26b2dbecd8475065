import type { Schema } from '$lib/state/params';

/** The rates a learning-rate slider spans (its own scale is log₁₀). */
export const LR_MIN = 1e-4;
export const LR_MAX = 3;
export const START_LIMIT = 6;

/** The range test: rates from min to max over this many minibatch steps. */
export const RANGE_TEST = { min: 1e-4, max: 10, steps: 200 };
/** Steps of the scheduled training runs. */
export const SCHEDULE_STEPS = 300;

export const schema = {
	/** The 2-D loss surface the optimisers walk on. */
	surface: {
		kind: 'enum',
		default: 'quadratic',
		values: ['quadratic', 'rosenbrock', 'saddle', 'logistic']
	},
	/** The start point, dragged on the contour plot. */
	x: { kind: 'number', default: -2.5, min: -START_LIMIT, max: START_LIMIT },
	y: { kind: 'number', default: 1.5, min: -START_LIMIT, max: START_LIMIT },
	/** One learning rate shared by every optimiser. */
	lr: { kind: 'number', default: 0.1, min: LR_MIN, max: LR_MAX },
	mu: { kind: 'number', default: 0.9, min: 0, max: 0.99, step: 0.01 },
	b1: { kind: 'number', default: 0.9, min: 0, max: 0.99, step: 0.01 },
	b2: { kind: 'number', default: 0.999, min: 0.9, max: 0.9999, step: 0.0001 },
	/** Standard deviation of the Gaussian noise added to each gradient (the stand-in for minibatches). */
	noise: { kind: 'number', default: 0, min: 0, max: 2, step: 0.05 },
	steps: { kind: 'int', default: 100, min: 1, max: 500 },
	/** Which optimisers are drawn. */
	sgd: { kind: 'bool', default: true },
	mom: { kind: 'bool', default: true },
	nag: { kind: 'bool', default: false },
	rms: { kind: 'bool', default: false },
	adam: { kind: 'bool', default: true },
	/** Seeds the gradient noise, the logistic regression's data, the moons, the MLP and its minibatches. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** The schedule applied to the MLP: peak rate, warm-up steps, cosine decay on or off. */
	peak: { kind: 'number', default: 0.5, min: 0.01, max: LR_MAX },
	warmup: { kind: 'int', default: 30, min: 0, max: 150 },
	decay: { kind: 'bool', default: true }
} as const satisfies Schema;

type Setting = {
	surface: 'quadratic' | 'rosenbrock' | 'saddle' | 'logistic';
	x: number;
	y: number;
	lr: number;
	noise: number;
	steps: number;
	shown: readonly ('sgd' | 'mom' | 'nag' | 'rms' | 'adam')[];
};

/** The classic cases, one button each. */
export const PATH_PRESETS = [
	{
		id: 'zigzag',
		surface: 'quadratic',
		x: -2.5,
		y: 1.5,
		lr: 0.38,
		noise: 0,
		steps: 60,
		shown: ['sgd']
	},
	{
		id: 'diverge',
		surface: 'quadratic',
		x: -2.5,
		y: 1.5,
		lr: 0.42,
		noise: 0,
		steps: 60,
		shown: ['sgd']
	},
	{
		id: 'valley',
		surface: 'rosenbrock',
		x: -1.5,
		y: 2.5,
		lr: 0.001,
		noise: 0,
		steps: 500,
		shown: ['sgd', 'mom', 'nag']
	},
	{
		id: 'saddle',
		surface: 'saddle',
		x: -1.8,
		y: 0.001,
		lr: 0.05,
		noise: 0,
		steps: 150,
		shown: ['sgd', 'mom', 'adam']
	},
	{
		id: 'noise',
		surface: 'logistic',
		x: -3,
		y: 5,
		lr: 0.5,
		noise: 0.3,
		steps: 200,
		shown: ['sgd', 'mom', 'adam']
	}
] as const satisfies readonly ({ id: string } & Setting)[];
