/**
 * The topic classifier of the zero-shot and few-shot pages: an embedding classifier on the
 * guide's own sentences.
 *
 *   const vectors = await guideWordVectors();             // $lib/engines/attention
 *   const items = (await labelledSentences(lang))          // answer sentences, label = topic index
 *     .map((s) => ({ ...s, ...embedText(vectors, s.text) })); // unit sentence vectors
 *   const used = restrictToLabels(items, chosenLabels(off)); // a subset of topics, relabelled 0…
 *   similaritySoftmax(v, prototypes, T)                    // $lib/math/similarity-softmax
 *   evaluate(used, prototypes)                            // predictions, confusion matrix, accuracy
 *   prototypesAt(used, splitFor(used, n, seed), k, descriptionVectors, withDescription)
 *
 * A prototype is one vector per class: a label description's sentence vector (zero-shot) or the
 * centroid of k labelled examples (few-shot); a sentence goes to the most similar prototype.
 */
export { embedText, textWords, type EmbeddedText } from './embed';
export { evaluate, type Evaluation } from './evaluate';
export { accuracyByK, MAX_K, prototypesAt, splitFor } from './few-shot';
export { chosenLabels, MIN_LABELS, restrictToLabels } from './labels';
export { labelledSentences, type LabelledSentence } from './sentences';
