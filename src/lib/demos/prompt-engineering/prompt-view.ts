/**
 * What a panel draws of one prompt: its tokens and how many of them fell out of the context
 * window, and the likeliest next tokens as bars.
 */
import type { BpeCodec } from '$lib/math/bpe-codec';
import { sharedBytes, type ShownToken } from '$lib/engines/tokenizer';

export interface PromptTokens {
	count: number;
	/** Every token, in order. */
	shown: ShownToken[];
	/** How many come before the window (the model never reads them): all but the last `context`. */
	out: number;
}

/** A codec's token bytes, one shared array per id (so a redrawn label is looked up, not rebuilt). */
export const tokenBytes = (codec: BpeCodec) => sharedBytes((id) => codec.bytesOf(id));

export function promptTokens(
	ids: readonly number[],
	context: number,
	bytesOf: (id: number) => Uint8Array
): PromptTokens {
	const shown = ids.map((id, at) => ({ id, bytes: bytesOf(id), unknown: false, at }));
	return { count: ids.length, shown, out: Math.max(0, ids.length - context) };
}

/** The `n` likeliest tokens of a distribution, likeliest first. */
export function topTokens(probs: ArrayLike<number>, n: number): { id: number; p: number }[] {
	return Array.from(probs, (p, id) => ({ id, p }))
		.sort((x, y) => y.p - x.p || x.id - y.id)
		.slice(0, n);
}
