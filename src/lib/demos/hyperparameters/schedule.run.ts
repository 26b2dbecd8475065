/**
 * The schedule applied: two copies of the same MLP (same weights, same minibatches), one trained
 * with linear warm-up and cosine decay, one at the constant peak rate, stepped together.
 */
import { defineRun } from '$lib/jobs';
import { warmupCosine } from '$lib/math/lr-schedule';
import { fullLoss, makeMlp, moonData, trainStep, type Mlp, type MoonData } from './mlp';

export type ScheduleConfig = {
	seed: number;
	peak: number;
	warmup: number;
	decay: boolean;
	steps: number;
};
/** The scheduled rate of the step, and each network's loss over all the data after it. */
export type ScheduleLog = { lr: number; scheduled: number; constant: number };
type ScheduleState = {
	config: ScheduleConfig;
	data: MoonData;
	scheduled: Mlp;
	constant: Mlp;
	t: number;
};

export const scheduledTraining = defineRun({
	init: (config: ScheduleConfig): ScheduleState => ({
		config,
		data: moonData(config.seed),
		scheduled: makeMlp(config.seed, config.peak),
		constant: makeMlp(config.seed, config.peak),
		t: 0
	}),
	step(state) {
		const { config, data, t } = state;
		const lr = warmupCosine(t, { ...config, total: config.steps });
		trainStep(state.scheduled, data, config.seed, t, lr);
		trainStep(state.constant, data, config.seed, t, config.peak);
		return {
			state: { ...state, t: t + 1 },
			log: {
				lr,
				scheduled: fullLoss(state.scheduled, data),
				constant: fullLoss(state.constant, data)
			}
		};
	},
	view: (state) => ({ t: state.t }),
	done: (state) => state.t >= state.config.steps
});
