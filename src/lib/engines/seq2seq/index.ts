/**
 * A GRU encoder–decoder with additive attention that reads numbers spelled out in English or
 * Chinese and writes their digits: the task, the model, its training, and two trained checkpoints.
 */
import { loadCheckpoint, type Checkpoint } from './checkpoint';
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
export type { Checkpoint } from './checkpoint';

export type Trained = { model: Seq2Seq; checkpoint: Checkpoint };
export type TrainedPair = { attention: Trained; none: Trained };

let pending: Promise<TrainedPair> | null = null;

/** The two committed checkpoints (attention on, off), fetched on first use only. */
export function loadCheckpoints(): Promise<TrainedPair> {
	pending ??= Promise.all([
		import('./checkpoints/attention.json'),
		import('./checkpoints/no-attention.json')
	]).then(([on, off]) => {
		const trained = (c: Checkpoint): Trained => ({ model: loadCheckpoint(c), checkpoint: c });
		return {
			attention: trained(on.default as Checkpoint),
			none: trained(off.default as Checkpoint)
		};
	});
	return pending;
}
