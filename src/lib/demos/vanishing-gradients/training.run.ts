/**
 * 200 steps of gradient descent (SGD with momentum, full batch) on the seeded batch: the network
 * as set, and, when asked, its twin with residual connections and layer norm (same depth, width,
 * activation, init and seed), stepped together.
 */
import { defineRun } from '$lib/jobs';
import { SGD } from '$lib/math/autodiff';
import { probeGradients, type DeepStack } from '$lib/math/deep-stack';
import { batchOf, stackOf, type Batch, type StackSetting } from './network';
import { trainedSettings } from './trained-settings';
import { MOMENTUM } from './params';

export type TrainingConfig = StackSetting & { lr: number; twin: boolean; steps: number };
/** Per network (as set, then the twin): the loss before the step, and ‖∂L/∂W‖ of its first and last hidden layer. */
export type TrainingLog = { loss: number[]; first: number[]; last: number[] };

type Net = { stack: DeepStack; optimizer: SGD };
type TrainingState = { config: TrainingConfig; batch: Batch; nets: Net[]; t: number };

export const training = defineRun({
	init: (config: TrainingConfig): TrainingState => ({
		config,
		batch: batchOf(config.seed),
		nets: trainedSettings(config).map((s) => {
			const stack = stackOf(s);
			return { stack, optimizer: new SGD(stack.params, { lr: config.lr, momentum: MOMENTUM }) };
		}),
		t: 0
	}),
	step(state) {
		const log: TrainingLog = { loss: [], first: [], last: [] };
		for (const net of state.nets) {
			const probe = probeGradients(net.stack, state.batch.x, state.batch.labels);
			net.optimizer.step();
			log.loss.push(probe.loss);
			log.first.push(probe.gradientNorms[0]);
			log.last.push(probe.gradientNorms.at(-1)!);
		}
		return { state: { ...state, t: state.t + 1 }, log };
	},
	view: (state) => ({ t: state.t }),
	done: (state) => state.t >= state.config.steps
});
