/** The shape of the toy: sizes only, no weights. */
export interface InductionConfig {
	/** Token ids run from 0 to vocabSize − 1. */
	vocabSize: number;
	/** Tokens per sequence (the model's learned positions). */
	context: number;
	layers: number;
	dModel: number;
	heads: number;
}

/**
 * Measured for the induction bump within a minute on one core (see the engine's tests): a few
 * dozen tokens, sequences of 32, two layers of two heads 32 wide.
 */
export const INDUCTION_SHAPE: InductionConfig = {
	vocabSize: 32,
	context: 32,
	layers: 2,
	dModel: 32,
	heads: 2
};

/** Why a configuration cannot be built, or undefined. */
export function configProblem(config: InductionConfig): string | undefined {
	for (const [name, value] of Object.entries(config)) {
		if (!Number.isInteger(value) || value < 1) return `${name} must be a positive integer`;
	}
	if (config.dModel % config.heads !== 0) {
		return `dModel (${config.dModel}) must be a multiple of heads (${config.heads})`;
	}
	if (config.context < 4) return `context (${config.context}) must be at least 4`;
}
