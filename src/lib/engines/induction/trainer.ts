/**
 * Training the toy: fresh random repeat sequences every step, next-token cross-entropy, Adam.
 * Each step also splits its loss by where the predicted token sits: the random part (nothing to
 * copy, so at best ln vocabSize) or the repeat (copyable once an induction head has formed).
 */
import { AdamW, clipGradNorm, crossEntropy } from '$lib/math/autodiff';
import { createRng, type Rng } from '$lib/math/rng';
import { isRepeated, repeatSequence, type RepeatSequence } from './data';
import { inductionScores, previousTokenScores } from './scores';
import { inductionLogits, inductionParameters, type InductionWeights } from './model';

export interface InductionTrainOptions {
	/** Sequences per step. */
	batch: number;
	lr: number;
	/** The global gradient norm is clipped to this. */
	clip: number;
}

export const INDUCTION_TRAINING: InductionTrainOptions = { batch: 8, lr: 1e-2, clip: 1 };

/** One step's mean losses in nats per token (all, the random part, the repeat) and head scores. */
export interface StepLog {
	loss: number;
	random: number;
	repeated: number;
	/** Per head of the last layer, its mean attention on the induction diagonal. */
	induction: number[];
	/** Per head of the first layer, its mean attention on the previous token. */
	previous: number[];
}

/** Each position's loss, −log softmax(logits)[target], from logits [N, V] laid out row by row. */
export function positionLosses(logits: ArrayLike<number>, targets: ArrayLike<number>, v: number) {
	return Float64Array.from({ length: targets.length }, (_, r) => {
		let max = -Infinity;
		for (let j = 0; j < v; j++) max = Math.max(max, logits[r * v + j]);
		let total = 0;
		for (let j = 0; j < v; j++) total += Math.exp(logits[r * v + j] - max);
		return Math.log(total) + max - logits[r * v + targets[r]];
	});
}

/** The sequences' inputs (all but the last token) and targets (all but the first), end to end. */
export function batchOf(sequences: RepeatSequence[]) {
	const t = sequences[0].ids.length - 1;
	const inputs = new Int32Array(sequences.length * t);
	const targets = new Int32Array(sequences.length * t);
	sequences.forEach((s, b) => {
		inputs.set(s.ids.subarray(0, t), b * t);
		targets.set(s.ids.subarray(1), b * t);
	});
	return { inputs, targets };
}

/** Mean loss on the random part and on the repeat, position losses in the batch's order. */
export function splitLoss(losses: Float64Array, sequences: RepeatSequence[]) {
	const t = sequences[0].ids.length - 1;
	const sums = [0, 0];
	const counts = [0, 0];
	sequences.forEach((s, b) => {
		for (let p = 1; p <= t; p++) {
			const part = isRepeated(s, p) ? 1 : 0;
			sums[part] += losses[b * t + p - 1];
			counts[part]++;
		}
	});
	return { random: sums[0] / counts[0], repeated: sums[1] / counts[1] };
}

export class InductionTrainer {
	readonly weights: InductionWeights;
	readonly options: InductionTrainOptions;
	/** Steps taken so far. */
	steps = 0;
	readonly #rng: Rng;
	readonly #optimizer: AdamW;

	constructor(
		weights: InductionWeights,
		seed: number,
		options: Partial<InductionTrainOptions> = {}
	) {
		this.weights = weights;
		this.options = { ...INDUCTION_TRAINING, ...options };
		// Seeded apart from the weights' seed, so that changing one leaves the other's draws alone.
		this.#rng = createRng(seed ^ 0x5bd1e995);
		this.#optimizer = new AdamW(inductionParameters(weights), {
			lr: this.options.lr,
			weightDecay: 0,
			betas: [0.9, 0.99]
		});
	}

	/** One optimiser step on fresh sequences. */
	step(): StepLog {
		const { vocabSize, context, heads, layers } = this.weights.config;
		const sequences = Array.from({ length: this.options.batch }, () =>
			repeatSequence(this.#rng, vocabSize, context + 1)
		);
		const { inputs, targets } = batchOf(sequences);
		this.#optimizer.zeroGrad();
		const scores = { induction: [] as number[], previous: [] as number[] };
		const lengths = sequences.map((s) => s.length);
		const logits = inductionLogits(this.weights, inputs, sequences.length, (layer, weights) => {
			if (layer === layers - 1)
				scores.induction = inductionScores(weights, heads, context, lengths);
			if (layer === 0) scores.previous = previousTokenScores(weights, heads, context);
		});
		const loss = crossEntropy(logits, targets);
		const split = splitLoss(positionLosses(logits.data, targets, vocabSize), sequences);
		loss.backward({ retainGrads: false });
		clipGradNorm(this.#optimizer.params, this.options.clip);
		this.#optimizer.step();
		this.steps++;
		return { loss: loss.item(), ...split, ...scores };
	}
}
