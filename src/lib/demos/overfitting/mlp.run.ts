/**
 * The MLP's training as a run: one full-batch epoch per step, logging the training and validation
 * losses. With early stopping, the run ends `PATIENCE` epochs after the best validation loss and
 * puts back the weights of that epoch.
 */
import { defineRun } from '$lib/jobs';
import { grid, trainingSet, validationSet, type Samples } from './data';
import { CURVE_STEPS, PATIENCE } from './params';
import { curve, makeRegressor, mse, trainEpoch, type Regressor } from './mlp-fit';

export type MlpConfig = {
	seed: number;
	n: number;
	noise: number;
	decay: number;
	dropout: number;
	early: boolean;
	epochs: number;
};
export type MlpLog = { train: number; val: number };
export type MlpView = { t: number; best: number; stopped: boolean; curve: number[] };

const CURVE_POINTS = grid(CURVE_STEPS);

type MlpState = {
	config: MlpConfig;
	train: Samples;
	val: Samples;
	net: Regressor;
	t: number;
	best: { epoch: number; loss: number; weights: (Float64Array | Float32Array)[] };
	stopped: boolean;
};

export const mlpTraining = defineRun({
	init: (config: MlpConfig): MlpState => {
		const net = makeRegressor(config.seed, config.decay);
		return {
			config,
			train: trainingSet(config.seed, config.n, config.noise),
			val: validationSet(config.seed, config.noise),
			net,
			t: 0,
			best: { epoch: 0, loss: Infinity, weights: net.params.map((p) => p.data.slice()) },
			stopped: false
		};
	},
	step(state) {
		const { config, net, train, val } = state;
		trainEpoch(net, train.xs, train.ys, config.dropout, config.seed, state.t);
		const t = state.t + 1;
		const log = { train: mse(net, train.xs, train.ys), val: mse(net, val.xs, val.ys) };
		let best = state.best;
		if (log.val < best.loss) {
			best = { epoch: t, loss: log.val, weights: net.params.map((p) => p.data.slice()) };
		}
		const stopped = config.early && t - best.epoch >= PATIENCE;
		if (stopped) net.params.forEach((p, i) => p.data.set(best.weights[i]));
		return { state: { ...state, t, best, stopped }, log };
	},
	view: (state): MlpView => ({
		t: state.t,
		best: state.best.epoch,
		stopped: state.stopped,
		curve: curve(state.net, CURVE_POINTS)
	}),
	done: (state) => state.stopped || state.t >= state.config.epochs
});
