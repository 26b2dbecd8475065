/**
 * A GRU encoder–decoder with additive attention that reads numbers spelled out in English or
 * Chinese and writes their digits: the task, the model, its training, and two trained checkpoints.
 */
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
export type { CheckpointInfo } from './checkpoint';
export {
	CHECKPOINTS,
	loadCheckpointBytes,
	overallAccuracy,
	TEST_SET,
	TRAINING,
	type CheckpointKind,
	type LengthAccuracy
} from './published';
