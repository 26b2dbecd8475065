import { decodeWeights, type CheckpointInfo } from '$lib/engines/seq2seq/checkpoint';
import { greedyDecode } from '$lib/engines/seq2seq/model';
import { defineJob } from '$lib/jobs';

export type DecodeInput = {
	checkpoint: Pick<CheckpointInfo, 'shape' | 'scales'>;
	/** The checkpoint's file (see loadCheckpointBytes). */
	bytes: Uint8Array;
	/** Source token ids, at least one. */
	ids: number[];
};

/** Greedy decoding of one source by a checkpoint: the model and its autodiff stay off the page. */
export const decodeJob = defineJob((input: DecodeInput) =>
	greedyDecode(decodeWeights(input.checkpoint, input.bytes), input.ids)
);
