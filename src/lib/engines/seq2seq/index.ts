/**
 * A GRU encoder–decoder with additive attention that reads numbers spelled out in English or
 * Chinese and writes their digits: the task, the model, its training, and two trained checkpoints.
 */
import { decodeWeights, type CheckpointInfo } from './checkpoint';
import attentionUrl from './checkpoints/attention.bin?url';
import noAttentionUrl from './checkpoints/no-attention.bin?url';
import summary from './checkpoints/summary.json';
import type { Seq2Seq } from './model';

export { MAX_NUMBER, readNumber, spellNumber, type NumberLanguage } from './numbers';
export {
	END,
	MAX_SOURCE,
	MAX_TARGET,
	readSource,
	SOURCE_TOKENS,
	TARGET_TOKENS,
	type ReadSource
} from './vocab';
export { greedyDecode, parameterCount, type Decoded, type Seq2Seq } from './model';
export { overallAccuracy, TEST_SET, TRAINING, type LengthAccuracy } from './train';
export type { CheckpointInfo } from './checkpoint';

/** The two committed checkpoints: the model with attention, and the same model without. */
export type CheckpointKind = 'attention' | 'none';
export const CHECKPOINTS: Record<CheckpointKind, CheckpointInfo> = summary;

const urls: Record<CheckpointKind, string> = { attention: attentionUrl, none: noAttentionUrl };
const loaded = new Map<CheckpointKind, Promise<Seq2Seq>>();

/** A checkpoint's weights (32 KB of data, not code), fetched on first use only. */
export function loadCheckpoint(kind: CheckpointKind): Promise<Seq2Seq> {
	let model = loaded.get(kind);
	if (!model) {
		model = fetch(urls[kind])
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.arrayBuffer();
			})
			.then((buffer) => decodeWeights(CHECKPOINTS[kind], new Uint8Array(buffer)));
		model.catch(() => loaded.delete(kind));
		loaded.set(kind, model);
	}
	return model;
}
