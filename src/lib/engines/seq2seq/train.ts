/** Training: one Adam step on a seeded batch, and accuracy on the test set by source length. */
import { Adam, clipGradNorm, crossEntropy } from '$lib/math/autodiff';
import { type Example, trainingBatch } from './data';
import { greedyDigits, parameters, teacherForced, type Seq2Seq } from './model';

export type TrainConfig = { seed: number; batch: number };

/** How the checkpoints were trained, and what "train from scratch" does by default. */
export const TRAINING = { batch: 32, lr: 0.01, checkpointSteps: 1500 } as const;

/** The test set every accuracy on the page is measured on (see `testSet`). */
export const TEST_SET = { seed: 1, perLanguage: 150 } as const;

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

export type LengthAccuracy = { length: number; correct: number; total: number };

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

export function overallAccuracy(groups: readonly LengthAccuracy[]): number {
	const total = groups.reduce((n, g) => n + g.total, 0);
	return total ? groups.reduce((n, g) => n + g.correct, 0) / total : 0;
}
