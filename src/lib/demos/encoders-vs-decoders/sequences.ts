/**
 * The token sequences each architecture reads while it writes a translation with teacher
 * forcing (the target tokens are given, one more at each step), and what each token can see.
 *
 *   encoder–decoder (T5): the encoder reads the source once; at step s the decoder reads
 *                         [<s>, y₀ … y_{s−1}] and predicts y_s (</s> after the last word).
 *   decoder-only (GPT):   one causal sequence [x₀ … x_{n−1}, →, y₀ … y_{s−1}] predicts y_s.
 *   encoder-only (BERT):  reads the source and writes one vector per token: nothing is generated.
 */

export const architectures = ['encdec', 'encoder', 'decoder'] as const;
export type Architecture = (typeof architectures)[number];

export const BOS = '<s>';
export const EOS = '</s>';
/** Where the prompt ends and the answer begins in the decoder-only sequence. */
export const SEP = '→';

/** Steps of generation: one per target token plus the end-of-sequence token. */
export function stepCount(target: readonly string[]): number {
	return target.length + 1;
}

/** The step within [0, target.length]. */
export function clampStep(step: number, target: readonly string[]): number {
	return Math.max(0, Math.min(target.length, Math.floor(step)));
}

/** What the decoder of an encoder–decoder model reads at step s (teacher forcing). */
export function decoderInput(target: readonly string[], step: number): string[] {
	return [BOS, ...target.slice(0, clampStep(step, target))];
}

/** The one sequence a decoder-only model reads at step s: prompt, separator, answer so far. */
export function decoderOnlySequence(
	source: readonly string[],
	target: readonly string[],
	step: number
): string[] {
	return [...source, SEP, ...target.slice(0, clampStep(step, target))];
}

/** The token step s is trained to predict. */
export function nextToken(target: readonly string[], step: number): string {
	return target[clampStep(step, target)] ?? EOS;
}

/** Which tokens a token can see: one flag per source token and per decoder (or single) token. */
export interface Visibility {
	source: boolean[];
	decoder: boolean[];
}

/**
 * What token i of `side` can see through attention, with `sourceLength` source tokens and
 * `decoderLength` decoder tokens (for 'decoder' the one sequence is the decoder side).
 * Encoder tokens see the whole source (full self-attention) and never the output; a decoder
 * token sees decoder tokens up to itself (causal) and, in an encoder–decoder model, every
 * source token through cross-attention.
 */
export function visibleFrom(
	architecture: Architecture,
	side: 'source' | 'decoder',
	i: number,
	sourceLength: number,
	decoderLength: number
): Visibility {
	const all = (n: number, v: boolean) => new Array<boolean>(n).fill(v);
	if (side === 'source') {
		return { source: all(sourceLength, true), decoder: all(decoderLength, false) };
	}
	return {
		source: all(sourceLength, architecture === 'encdec'),
		decoder: Array.from({ length: decoderLength }, (_, j) => j <= i)
	};
}
