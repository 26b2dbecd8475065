/** Training: one Adam step on a seeded batch, and accuracy on the test set by source length. */
import { Adam, clipGradNorm, crossEntropy } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { decodeWeights, encodeWeights, type CheckpointInfo } from './checkpoint';
import { type Example, testSet, trainingBatch } from './data';
import { greedyDigits, initSeq2Seq, parameters, teacherForced, type Seq2Seq } from './model';
import { TEST_SET, TRAINING, type LengthAccuracy } from './published';

export { overallAccuracy, TEST_SET, TRAINING, type LengthAccuracy } from './published';

export type TrainConfig = { seed: number; batch: number };

export function optimizerFor(m: Seq2Seq, lr: number): Adam {
	return new Adam(parameters(m), { lr });
}

/** One step on the batch of `step`; returns the batch's mean cross-entropy (nats per token). */
export function trainStep(m: Seq2Seq, optimizer: Adam, config: TrainConfig, step: number): number {
	const batch = trainingBatch(config.seed, step, config.batch);
	optimizer.zeroGrad();
	const { logits, labels } = teacherForced(
		m,
		batch.map((e) => e.source),
		batch.map((e) => e.target)
	);
	const loss = crossEntropy(logits, labels);
	loss.backward({ retainGrads: false });
	clipGradNorm(parameters(m), 1);
	optimizer.step();
	return loss.item();
}

/** Exact-match accuracy (every digit right, nothing more) grouped by source length, shortest first. */
export function accuracyByLength(m: Seq2Seq, examples: readonly Example[]): LengthAccuracy[] {
	const written = greedyDigits(
		m,
		examples.map((e) => e.source)
	);
	const groups = new Map<number, LengthAccuracy>();
	examples.forEach((e, i) => {
		const length = e.source.length;
		const g = groups.get(length) ?? { length, correct: 0, total: 0 };
		g.total++;
		if (written[i].join(',') === e.target.join(',')) g.correct++;
		groups.set(length, g);
	});
	return [...groups.values()].sort((a, b) => a.length - b.length);
}

/** The committed checkpoints' recipe: embeddings of 16, hidden states of 32, seed 1. */
export const CHECKPOINT_RECIPE = { embed: 16, hidden: 32, seed: 1 } as const;

/**
 * Trains a checkpoint by the committed recipe (deterministic: the same code gives the same bytes)
 * and measures it on the test set as a page loads it, from its rounded weights.
 */
export function trainCheckpoint(attention: boolean): { info: CheckpointInfo; bytes: Uint8Array } {
	const { embed, hidden, seed } = CHECKPOINT_RECIPE;
	const shape = { embed, hidden, attention };
	const m = initSeq2Seq(shape, createRng(seed));
	const optimizer = optimizerFor(m, TRAINING.lr);
	for (let step = 0; step < TRAINING.checkpointSteps; step++) {
		trainStep(m, optimizer, { seed, batch: TRAINING.batch }, step);
	}
	const { scales, bytes } = encodeWeights(m);
	const tests = testSet(TEST_SET.seed, TEST_SET.perLanguage);
	const accuracy = accuracyByLength(decodeWeights({ shape, scales }, bytes), tests);
	const info = { shape, seed, steps: TRAINING.checkpointSteps, batch: TRAINING.batch };
	return { info: { ...info, accuracy, scales }, bytes };
}
