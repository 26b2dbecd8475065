/**
 * The shape of a GPT-style decoder: sizes only, no weights. A page can import this module (and
 * ./corpus) in its first load; the model's code comes with `import('$lib/engines/gpt')`.
 */
export interface GptConfig {
	/** Token ids run from 0 to vocabSize − 1. */
	vocabSize: number;
	/** The longest sequence the model reads (its learned positions). */
	context: number;
	layers: number;
	dModel: number;
	heads: number;
}

/** The reference model: see the /what-is-an-llm page for how it was chosen. */
export const REFERENCE_SHAPE = { context: 64, layers: 2, dModel: 64, heads: 4 } as const;

/** BPE merges learned from the guide: a vocabulary of 256 bytes + this many tokens. */
export const GPT_MERGES = 256;

/** The MLP's hidden width, as in GPT-2: four times the model width. */
export const mlpWidth = (config: GptConfig) => 4 * config.dModel;

/**
 * Weights and biases in all: token and position embeddings (the output layer reuses the token
 * embedding), per layer two layer norms, the q/k/v and output projections and the MLP, and the
 * final layer norm.
 */
export function parameterCount(config: GptConfig): number {
	const { vocabSize, context, layers, dModel: d } = config;
	const h = mlpWidth(config);
	const layerNorm = 2 * d;
	const attention = d * 3 * d + 3 * d + d * d + d;
	const mlp = d * h + h + h * d + d;
	return vocabSize * d + context * d + layers * (2 * layerNorm + attention + mlp) + layerNorm;
}

/** Why a configuration cannot be built, or undefined. */
export function configProblem(config: GptConfig): string | undefined {
	for (const [name, value] of Object.entries(config)) {
		if (!Number.isInteger(value) || value < 1) return `${name} must be a positive integer`;
	}
	if (config.dModel % config.heads !== 0) {
		return `dModel (${config.dModel}) must be a multiple of heads (${config.heads})`;
	}
}
