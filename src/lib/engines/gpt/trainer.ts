/**
 * Training the tiny GPT: random windows of the training tokens, next-token cross-entropy, AdamW
 * with gradient clipping. Everything random comes from one seed, so the same seed gives the same
 * losses, step for step, in Node and in a browser worker.
 */
import { AdamW, clipGradNorm, crossEntropy, noGrad } from '$lib/math/autodiff';
import { createRng, randomInt, type Rng } from '$lib/math/rng';
import { gptLogits, gptParameters, type GptWeights } from './model';

export interface TrainOptions {
	/** Sequences per step. */
	batch: number;
	/** Tokens per sequence (at most the model's context). */
	sequence: number;
	lr: number;
	/** Steps over which the learning rate rises linearly from lr / warmup to lr. */
	warmup: number;
	weightDecay: number;
	/** The global gradient norm is clipped to this. */
	clip: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
	batch: 8,
	sequence: 64,
	lr: 3e-3,
	warmup: 50,
	weightDecay: 0.01,
	clip: 1
};

export class GptTrainer {
	readonly weights: GptWeights;
	readonly options: TrainOptions;
	/** Steps taken so far. */
	steps = 0;
	readonly #tokens: Int32Array;
	readonly #rng: Rng;
	readonly #optimizer: AdamW;

	constructor(
		weights: GptWeights,
		trainTokens: ArrayLike<number>,
		seed: number,
		options: Partial<TrainOptions> = {}
	) {
		this.weights = weights;
		this.options = { ...DEFAULT_TRAIN_OPTIONS, ...options };
		const { sequence, lr, weightDecay } = this.options;
		if (sequence > weights.config.context) {
			throw new Error(
				`GptTrainer: sequences of ${sequence} exceed the context ${weights.config.context}`
			);
		}
		if (trainTokens.length <= sequence) {
			throw new Error(
				`GptTrainer: ${trainTokens.length} tokens are too few for sequences of ${sequence}`
			);
		}
		this.#tokens = Int32Array.from(trainTokens);
		// Seeded apart from the weights' seed, so that changing one leaves the other's draws alone.
		this.#rng = createRng(seed ^ 0x5bd1e995);
		this.#optimizer = new AdamW(gptParameters(weights), { lr, weightDecay, betas: [0.9, 0.99] });
	}

	/** Tokens read per step. */
	get tokensPerStep(): number {
		return this.options.batch * this.options.sequence;
	}

	/** One optimiser step on a fresh random batch; returns its mean loss (nats per token). */
	step(): number {
		const { batch, sequence: t, lr, warmup, clip } = this.options;
		const inputs = new Int32Array(batch * t);
		const targets = new Int32Array(batch * t);
		for (let b = 0; b < batch; b++) {
			const start = randomInt(this.#rng, this.#tokens.length - t);
			inputs.set(this.#tokens.subarray(start, start + t), b * t);
			targets.set(this.#tokens.subarray(start + 1, start + t + 1), b * t);
		}
		this.#optimizer.lr = lr * Math.min(1, (this.steps + 1) / warmup);
		this.#optimizer.zeroGrad();
		const loss = crossEntropy(gptLogits(this.weights, inputs, batch), targets);
		loss.backward({ retainGrads: false });
		clipGradNorm(this.#optimizer.params, clip);
		this.#optimizer.step();
		this.steps++;
		return loss.item();
	}
}

/**
 * Mean next-token loss over a text's tokens in consecutive windows of the model's context (each
 * token predicted once, from the window it falls in), without recording a graph.
 */
export function evaluateLoss(weights: GptWeights, tokens: ArrayLike<number>): number {
	const context = weights.config.context;
	return noGrad(() => {
		let total = 0;
		let count = 0;
		for (let start = 0; start + 1 < tokens.length; start += context) {
			const t = Math.min(context, tokens.length - 1 - start);
			const inputs = Array.from({ length: t }, (_, i) => tokens[start + i]);
			const targets = Array.from({ length: t }, (_, i) => tokens[start + i + 1]);
			total += crossEntropy(gptLogits(weights, inputs), targets).item() * t;
			count += t;
		}
		return total / count;
	});
}
