/**
 * What a panel draws of one prompt: its tokens split at the context window (the ones that fell
 * out, the ones read), and the likeliest next tokens as bars.
 */
import type { BpeCodec } from '$lib/math/bpe-codec';
import { sharedBytes, type ShownToken } from '$lib/engines/tokenizer';

export interface PromptTokens {
	count: number;
	/** Tokens before the window: the model never reads them. */
	out: ShownToken[];
	/** The last `context` tokens, the ones read. */
	read: ShownToken[];
}

/** A codec's token bytes, one shared array per id (so a redrawn label is looked up, not rebuilt). */
export const tokenBytes = (codec: BpeCodec) => sharedBytes((id) => codec.bytesOf(id));

export function promptTokens(
	ids: readonly number[],
	context: number,
	bytesOf: (id: number) => Uint8Array
): PromptTokens {
	const shown = ids.map((id, at) => ({ id, bytes: bytesOf(id), unknown: false, at }));
	const cut = Math.max(0, ids.length - context);
	return { count: ids.length, out: shown.slice(0, cut), read: shown.slice(cut) };
}

/** The `n` likeliest tokens of a distribution, likeliest first. */
export function topTokens(probs: ArrayLike<number>, n: number): { id: number; p: number }[] {
	return Array.from(probs, (p, id) => ({ id, p }))
		.sort((x, y) => y.p - x.p || x.id - y.id)
		.slice(0, n);
}
