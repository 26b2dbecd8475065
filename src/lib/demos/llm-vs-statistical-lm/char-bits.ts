import type { NgramModel } from '$lib/math/ngram';

/**
 * One unit for two tokenizers: the GPT's loss is in nats per BPE token, an n-gram model's in nats
 * per its own token. Both totals are divided by the characters (Unicode code points) predicted,
 * so a model that splits text into more, smaller tokens gains nothing from it.
 */

const utf8 = new TextEncoder();

/** Bits per character from a total in nats over `chars` characters. */
export const bitsPerChar = (nats: number, chars: number) => nats / Math.LN2 / chars;

/** Perplexity per character: e^(nats / chars) = 2^(bits per character). */
export const charPerplexity = (nats: number, chars: number) => Math.exp(nats / chars);

/** evaluateLoss averages over tokens − 1 predictions (the first token has no context): the sum. */
export const gptTotalNats = (meanLoss: number, tokens: number) => meanLoss * (tokens - 1);

/**
 * The index of the first character of `text` that starts at or after UTF-8 byte `offset`: the
 * characters after the GPT's unpredicted first token. A character that token splits is left out
 * of the count, so the GPT is charged for its predicted bytes without being credited with it.
 */
export function firstCharAfter(text: string, offset: number): number {
	let bytes = 0;
	let index = 0;
	for (const ch of text) {
		if (bytes >= offset) return index;
		bytes += utf8.encode(ch).length;
		index++;
	}
	return index;
}

/** What spelling out a character the model never saw costs: ln 256 per UTF-8 byte. */
export const spellingNats = (ch: string) => utf8.encode(ch).length * Math.log(256);

/**
 * −ln P of chars[from…] under a character n-gram model, each given the characters before it. The
 * GPT's bytes cover every character; an n-gram model's <unk> stands for all it never saw, so an
 * unseen character costs P(<unk>) and then its spelling, byte by byte.
 */
export function ngramNats(
	model: NgramModel,
	chars: readonly string[],
	from = 0
): { nats: number; unseen: number } {
	let nats = 0;
	let unseen = 0;
	for (let i = from; i < chars.length; i++) {
		const context = chars.slice(Math.max(0, i - model.order + 1), i);
		nats -= model.logProb(context, chars[i]);
		if (!model.index.has(chars[i])) {
			nats += spellingNats(chars[i]);
			unseen++;
		}
	}
	return { nats, unseen };
}
