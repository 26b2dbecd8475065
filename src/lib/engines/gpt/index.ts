/**
 * The tiny GPT: a decoder-only Transformer trained on the guide's own questions and answers, on
 * the autodiff engine, with the same code in Node (`npm run train`) and in a browser worker.
 *
 *   const { tokens, weights } = setUpGpt(answers, seed);    // split, BPE, fresh weights
 *   const trainer = new GptTrainer(weights, tokens.train, seed);
 *   trainer.step();                                         // → the batch's loss
 *   evaluateLoss(weights, tokens.heldOut);                  // loss on answers never trained on
 *   gptLogits(weights, ids);                                // [1, T, vocabSize]
 *   gptAttention(weights, ids);                             // per layer [heads, T, T]
 *   gptAttentionScores(weights, ids);                       // per layer q, k, v, q·k, masked, softmax
 *   generate(weights, tokens.codec, prompt, { maxTokens, seed, temperature, topP });
 *   new GptDecoder(weights).next(ids);                      // next-token logits, keys/values kept
 *   decodeCheckpoint(bytes);                                // a trained model: weights and BPE
 *   loadReferenceModel();                                   // the shipped one, fetched on first use
 *   runJob(gptReader, { checkpoint: await loadReferenceBytes(), prompts, … }); // in a worker
 */
export {
	GPT_MERGES,
	REFERENCE_SHAPE,
	parameterCount,
	configProblem,
	type GptConfig
} from './config';
export {
	HELD_OUT_QUESTIONS,
	formatDocument,
	questionPrompt,
	splitCorpus,
	type GptCorpus
} from './corpus';
export {
	initGpt,
	gptLogits,
	gptAttention,
	gptParameters,
	type AttentionListener,
	type HeadInputs,
	type GptWeights,
	type GptBlock
} from './model';
export { gptAttentionScores, type LayerScores } from './attention-scores';
export { tokenizeCorpus, type GptTokens } from './tokens';
export { GptTrainer, evaluateLoss, DEFAULT_TRAIN_OPTIONS, type TrainOptions } from './trainer';
export { setUpGpt, type GptSetup } from './setup';
export { nextTokenLogits, generate, promptIds, type GenerateOptions } from './generate';
export { GptDecoder } from './decoder';
export {
	encodeCheckpoint,
	decodeCheckpoint,
	roundToStored,
	type Checkpoint,
	type TrainingRecord
} from './checkpoint';
export { loadReferenceBytes, loadReferenceModel } from './reference';
export { gptReader, type GptReading, type GptReadingInput } from './reader.job';
