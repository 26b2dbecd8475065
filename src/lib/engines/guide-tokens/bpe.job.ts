import { defineJob } from '$lib/jobs';
import { trainByteLevelBPE, type BpeMerge } from '$lib/math/bpe-train';
import { createBpeCodec } from '$lib/math/bpe-codec';

export type OurBpeInput = { text: string; merges: number };
export type OurBpeOutput = { merges: BpeMerge[]; ids: Uint32Array };

/** Our byte-level BPE trained on a text, and that text encoded with it. */
export const ourBpe = defineJob((input: OurBpeInput): OurBpeOutput => {
	const merges = trainByteLevelBPE(input.text, input.merges);
	return { merges, ids: Uint32Array.from(createBpeCodec(merges).encode(input.text)) };
});
