/**
 * A toy reproduction of induction heads (Olsson et al., 2022, "In-context Learning and Induction
 * Heads", arXiv:2209.11895): a two-layer attention-only Transformer trained on random tokens that
 * repeat, on the autodiff engine.
 *
 *   const weights = initInduction(INDUCTION_SHAPE, seed);
 *   const trainer = new InductionTrainer(weights, seed);
 *   trainer.step();                              // → losses on the random part and the repeat,
 *                                                //   and each head's induction/previous score
 *   inductionAttention(weights, ids);            // per layer [heads, T, T]
 *   inductionLogits(weights, ids);               // [1, T, vocabSize]
 */
export { INDUCTION_SHAPE, configProblem, type InductionConfig } from './config';
export { MIN_REPEAT, isRepeated, repeatSequence, type RepeatSequence } from './data';
export {
	initInduction,
	inductionAttention,
	inductionLogits,
	inductionParameters,
	type AttentionLayer,
	type AttentionListener,
	type InductionWeights
} from './model';
export { inductionScores, previousTokenScores } from './scores';
export {
	INDUCTION_TRAINING,
	InductionTrainer,
	batchOf,
	positionLosses,
	splitLoss,
	type InductionTrainOptions,
	type StepLog
} from './trainer';
