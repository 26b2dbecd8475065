/**
 * The learning-rate range test as a training run: one MLP, its rate growing geometrically from
 * `min` to `max` over `steps` minibatch steps; it stops early once the loss blows up.
 */
import { defineRun } from '$lib/jobs';
import { exponentialRate } from '$lib/math/lr-schedule';
import { makeMlp, moonData, trainStep, type Mlp, type MoonData } from './mlp';

export type RangeConfig = { seed: number; min: number; max: number; steps: number };
export type RangeLog = { lr: number; loss: number };
type RangeState = {
	config: RangeConfig;
	data: MoonData;
	mlp: Mlp;
	t: number;
	/** The minibatch losses' moving average (before bias correction) and its lowest value so far. */
	average: number;
	best: number;
	blown: boolean;
};

/** Smoothing of the losses, as `suggestRate` reads them. */
export const SMOOTHING = 0.95;
/** The run stops when the smoothed loss exceeds this multiple of its best (or is not finite). */
export const BLOW_UP = 4;

export const rangeTest = defineRun({
	init: (config: RangeConfig): RangeState => ({
		config,
		data: moonData(config.seed),
		mlp: makeMlp(config.seed, config.min),
		t: 0,
		average: 0,
		best: Infinity,
		blown: false
	}),
	step(state) {
		const { config, t } = state;
		const lr = exponentialRate(t, config.min, config.max, config.steps);
		const loss = trainStep(state.mlp, state.data, config.seed, t, lr);
		const average = SMOOTHING * state.average + (1 - SMOOTHING) * loss;
		const smoothed = average / (1 - SMOOTHING ** (t + 1));
		const blown = !Number.isFinite(smoothed) || smoothed > BLOW_UP * state.best;
		return {
			state: { ...state, t: t + 1, average, best: Math.min(state.best, smoothed), blown },
			log: { lr, loss }
		};
	},
	view: (state) => ({ t: state.t, blown: state.blown }),
	done: (state) => state.blown || state.t >= state.config.steps
});
