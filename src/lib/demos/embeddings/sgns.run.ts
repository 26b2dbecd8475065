/**
 * Skip-gram with negative sampling as a training run: one step is CENTRES_PER_STEP centre tokens
 * of the current epoch (every kept token once per epoch, in a random order), with word2vec's
 * learning rate falling linearly to 0 over the run. Logs each step's mean loss per pair; the view
 * is the input vectors and their first two principal components, computed here, off the page.
 */
import { defineRun } from '$lib/jobs';
import { pca } from '$lib/math/pca';
import { createRng } from '$lib/math/rng';
import {
	createSgnsModel,
	epochPlan,
	noiseTable,
	trainCentres,
	type EpochPlan,
	type SgnsModel
} from '$lib/math/sgns';

export const CENTRES_PER_STEP = 200;

export type SgnsConfig = {
	sentences: number[][];
	counts: number[];
	seed: number;
	dim: number;
	window: number;
	negatives: number;
	lr: number;
	epochs: number;
	/** Subsampling threshold t (0: keep every token). */
	subsample: number;
};
export type SgnsLog = { loss: number; epoch: number; lr: number };
export type SgnsView = {
	/** vocab × dim input vectors. */
	vectors: Float32Array;
	/** vocab × 2: each word on the vectors' first two principal components. */
	plane: Float64Array;
	epoch: number;
};
type SgnsState = {
	config: SgnsConfig;
	model: SgnsModel;
	noise: Float64Array;
	plan: EpochPlan | undefined;
	/** Centres of the plan done so far, whole epochs done, steps taken. */
	next: number;
	epoch: number;
	t: number;
};

/** A seed for draw number `n` of kind `salt` (epochs and steps draw from separate streams). */
const stream = (seed: number, salt: number, n: number) =>
	(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(n + 1, 0xc2b2ae35) + salt) >>> 0;

export const sgnsTraining = defineRun({
	init: (config: SgnsConfig): SgnsState => ({
		config,
		model: createSgnsModel(config.counts.length, config.dim, createRng(config.seed)),
		noise: noiseTable(config.counts),
		plan: undefined,
		next: 0,
		epoch: 0,
		t: 0
	}),
	step(state) {
		const { config } = state;
		const plan =
			state.plan ??
			epochPlan(
				config.sentences,
				config.counts,
				config.subsample,
				createRng(stream(config.seed, 1, state.epoch))
			);
		const size = plan.centres.length / 2;
		const to = Math.min(size, state.next + CENTRES_PER_STEP);
		const progress = (state.epoch + state.next / Math.max(1, size)) / config.epochs;
		const lr = config.lr * Math.max(1e-4, 1 - progress);
		const { loss, pairs } = trainCentres(
			state.model,
			plan,
			state.next,
			to,
			{ window: config.window, negatives: config.negatives, lr },
			state.noise,
			createRng(stream(config.seed, 2, state.t))
		);
		const ended = to >= size;
		const epoch = ended ? state.epoch + 1 : state.epoch;
		return {
			state: {
				...state,
				plan: ended ? undefined : plan,
				next: ended ? 0 : to,
				epoch,
				t: state.t + 1
			},
			log: { loss: pairs > 0 ? loss / pairs : 0, epoch: epoch + (ended ? 0 : to / size), lr }
		};
	},
	view: (state): SgnsView => {
		const { input, vocab, dim } = state.model;
		const rows = Array.from({ length: vocab }, (_, i) =>
			Array.from(input.subarray(i * dim, (i + 1) * dim))
		);
		const { mean, components } = pca(rows);
		const plane = new Float64Array(2 * vocab);
		rows.forEach((row, i) => {
			for (let k = 0; k < 2; k++) {
				let s = 0;
				for (let d = 0; d < dim; d++) s += (row[d] - mean[d]) * (components[k]?.[d] ?? 0);
				plane[2 * i + k] = s;
			}
		});
		return { vectors: Float32Array.from(input), plane, epoch: state.epoch };
	},
	done: (state) => state.epoch >= state.config.epochs
});
