/**
 * The next-token engine: distributions over the next token for the sampling and decoding demos.
 * Hand-made examples (presets), a Kneser-Ney n-gram model trained on the guide, a synthetic
 * GPT-2-sized vocabulary, and continuing a prompt by sampling.
 */
export { continuePrompt, type Continuation } from './continue';
export { contextOf, languageModel, MODEL_ORDER } from './language-model';
export { presetById, presetIds, presets, type Preset, type PresetId } from './presets';
export { countSamples, softmaxTerms, topIndices } from './summary';
export { GPT2_VOCAB, syntheticLogits } from './synthetic';
