/**
 * What a page shows of the two checkpoints without the model's code (and its autodiff): their
 * summaries, their files as bytes, and accuracy on the test set.
 */
import type { CheckpointInfo } from './checkpoint';
import attentionUrl from './checkpoints/attention.bin?url';
import noAttentionUrl from './checkpoints/no-attention.bin?url';
import summary from './checkpoints/summary.json';

/** The two committed checkpoints: the model with attention, and the same model without. */
export type CheckpointKind = 'attention' | 'none';
export const CHECKPOINTS: Record<CheckpointKind, CheckpointInfo> = summary;

const urls: Record<CheckpointKind, string> = { attention: attentionUrl, none: noAttentionUrl };
const loaded = new Map<CheckpointKind, Promise<Uint8Array>>();

/**
 * A checkpoint's weights (32 KB of data, not code), fetched on first use only: `decodeWeights`
 * makes the model of them where it runs (the page hands them to a worker).
 */
export function loadCheckpointBytes(kind: CheckpointKind): Promise<Uint8Array> {
	let bytes = loaded.get(kind);
	if (!bytes) {
		bytes = fetch(urls[kind])
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.arrayBuffer();
			})
			.then((buffer) => new Uint8Array(buffer));
		bytes.catch(() => loaded.delete(kind));
		loaded.set(kind, bytes);
	}
	return bytes;
}

/** How the checkpoints were trained, and what "train from scratch" does by default. */
export const TRAINING = { batch: 32, lr: 0.01, checkpointSteps: 1500 } as const;

/** The test set every accuracy on the page is measured on (see `testSet`). */
export const TEST_SET = { seed: 1, perLanguage: 150 } as const;

export type LengthAccuracy = { length: number; correct: number; total: number };

export function overallAccuracy(groups: readonly LengthAccuracy[]): number {
	const total = groups.reduce((n, g) => n + g.total, 0);
	return total ? groups.reduce((n, g) => n + g.correct, 0) / total : 0;
}
