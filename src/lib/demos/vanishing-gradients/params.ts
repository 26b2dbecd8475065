import type { Schema } from '$lib/state/params';

/** Points of the seeded two-moons batch that the probe reads and the runs train on. */
export const BATCH = 32;
/** Gradient-descent steps of a training run. */
export const TRAIN_STEPS = 200;
/** SGD's momentum in the runs. */
export const MOMENTUM = 0.9;
/** The "small constant scale" initialisation: every weight N(0, SMALL_SCALE²), whatever the layer's size. */
export const SMALL_SCALE = 0.01;
/** Units of the RNN's hidden state. */
export const RNN_UNITS = 16;
/** Norms below this are drawn on the floor of the log axis and read "below 1e-30". */
export const FLOOR = 1e-30;

export const schema = {
	/** The deep MLP: hidden layers, units per layer, activation, initialisation, and the two fixes. */
	depth: { kind: 'int', default: 20, min: 1, max: 50 },
	width: { kind: 'int', default: 16, min: 4, max: 24, step: 4 },
	act: { kind: 'enum', default: 'sigmoid', values: ['sigmoid', 'tanh', 'relu'] },
	init: { kind: 'enum', default: 'xavier', values: ['small', 'xavier', 'he'] },
	res: { kind: 'bool', default: false },
	norm: { kind: 'bool', default: false },
	/** Seeds the weights and the batch of points. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** SGD's learning rate in the training run. */
	lr: { kind: 'number', default: 0.1, min: 0.01, max: 1, step: 0.01 },
	/** Train a twin with residual + layer norm beside the network as set. */
	twin: { kind: 'bool', default: true },
	/** The RNN: spectral radius of W, steps unrolled, scale of the inputs. */
	rho: { kind: 'number', default: 0.9, min: 0.5, max: 1.5, step: 0.01 },
	len: { kind: 'int', default: 50, min: 2, max: 100 },
	sigma: { kind: 'number', default: 0.1, min: 0, max: 1, step: 0.01 }
} as const satisfies Schema;

type Activation = (typeof schema.act.values)[number];
type Init = (typeof schema.init.values)[number];

/** The classic deep-network cases, one button each. */
export const STACK_PRESETS = [
	{ id: 'sigmoid', depth: 20, act: 'sigmoid', init: 'xavier', res: false, norm: false },
	{ id: 'relu', depth: 10, act: 'relu', init: 'he', res: false, norm: false },
	{ id: 'resnorm', depth: 50, act: 'sigmoid', init: 'xavier', res: true, norm: true }
] as const satisfies readonly {
	id: string;
	depth: number;
	act: Activation;
	init: Init;
	res: boolean;
	norm: boolean;
}[];

/** The RNN's two regimes. */
export const RNN_PRESETS = [
	{ id: 'vanish', rho: 0.8, len: 50, sigma: 0.1 },
	{ id: 'explode', rho: 1.2, len: 50, sigma: 0 }
] as const;
